namespace GraphApi.GraphQL.Types;

// Spec §3.10 Input Objects
/// <summary>An input object type: structured input, optionally <c>@oneOf</c> (exactly one field given).</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields, in declaration order.</summary>
    public InputValueCollection Fields { get; } = new();

    /// <summary>Whether exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>Turns the coerced field values (only those given or defaulted) into the runtime value resolvers receive; when null they receive the dictionary.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateRuntimeValue { get; set; }

    /// <summary>The CLR type of the runtime value, when <see cref="CreateRuntimeValue"/> builds one.</summary>
    public Type? RuntimeType { get; set; }
}
