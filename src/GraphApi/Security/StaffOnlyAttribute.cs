using System.Reflection;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Security;

/// <summary>
/// Marks a field internal to IT: a customer key reads it as null (always, or when the <see cref="WhenTrue"/> property is
/// true) and may not filter or sort on it (<see cref="StaffOnlyFields"/>); events leave it out of their changed fields.
/// </summary>
public sealed class StaffOnlyAttribute : FieldConfigurationAttribute
{
    /// <summary>A <see langword="bool"/> property of the same object: the field is hidden only when it is true.</summary>
    public string? WhenTrue { get; init; }

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context)
    {
        var owner = context.Member.ReflectedType!;
        StaffOnlyFields.Register(NameConventions.TypeName(owner), context.Field.Name);
        var hiddenWhen = WhenTrue is null
            ? null
            : owner.GetProperty(WhenTrue, BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var type } flag && type == typeof(bool)
                ? flag
                : throw new InvalidOperationException($"{owner.Name}.{WhenTrue} must be a public bool property to hide {context.Field.Name} by.");

        // A customer key reads null, so the field must allow it.
        context.Field.Type = context.Field.Type.Nullable;
        var inner = context.Field.Resolver ?? throw new InvalidOperationException($"Field {context.Field.Name} has no resolver to guard.");
        context.Field.Resolver = resolver =>
            resolver.Services.GetService(typeof(Caller)) is Caller { Role: ApiKeyRole.Customer }
            && (hiddenWhen is null || hiddenWhen.GetValue(resolver.Parent) is true)
                ? new ValueTask<object?>((object?)null)
                : inner(resolver);
    }
}
