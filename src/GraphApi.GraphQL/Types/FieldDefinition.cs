using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

// Spec §3.6 Objects (field definitions)
/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    /// <summary>The field's name.</summary>
    public string Name { get; } = name;

    /// <summary>The field's type; must be an output type.</summary>
    public GraphQLType Type { get; set; } = type;

    /// <summary>The field's description, Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>The field's arguments, in declaration order.</summary>
    public InputValueCollection Arguments { get; } = new();

    /// <summary>Why the field is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Produces the field's value; null means the parent's property of the same name is read by the executor's default resolver.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>
    /// The parent-only read behind <see cref="Resolver"/> when that resolver just reads a property of the parent;
    /// null otherwise. Middleware replaces <see cref="Resolver"/> and does not know about this read, so it only counts
    /// while <see cref="Resolver"/> is still the one it came with.
    /// </summary>
    internal Func<object?, object?>? ParentOnlyResolver =>
        _parentOnly is { } parentOnly && ReferenceEquals(Resolver, parentOnly.Resolver) ? parentOnly.Read : null;

    private (FieldResolver Resolver, Func<object?, object?> Read)? _parentOnly;

    /// <summary>Sets <see cref="Resolver"/> to a resolver that only reads the parent, so the executor can call <paramref name="read"/> without a resolver context.</summary>
    internal void SetParentOnlyResolver(FieldResolver resolver, Func<object?, object?> read)
    {
        Resolver = resolver;
        _parentOnly = (resolver, read);
    }

    /// <summary>
    /// Wraps <see cref="Resolver"/> so that <paramref name="map"/> turns each value it produces into the field's value
    /// (an encoded id, say). A resolver that only reads its parent stays one, so the executor keeps reading it without
    /// a resolver context.
    /// </summary>
    /// <exception cref="InvalidOperationException">The field has no resolver to wrap.</exception>
    public void MapResult(Func<object?, object?> map)
    {
        var inner = Resolver ?? throw new InvalidOperationException($"Field {Name} has no resolver to map.");
        var read = ParentOnlyResolver;
        FieldResolver mapped = context =>
        {
            var pending = inner(context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(map(pending.Result)) : MapAsync(pending, map);
        };
        if (read is null)
        {
            Resolver = mapped;
        }
        else
        {
            SetParentOnlyResolver(mapped, parent => map(read(parent)));
        }
    }

    private static async ValueTask<object?> MapAsync(ValueTask<object?> pending, Func<object?, object?> map) => map(await pending.ConfigureAwait(false));

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscribeResolver? Subscribe { get; set; }

    /// <summary>The field's weight in the cost limit; list fields multiply their children by the requested page size.</summary>
    public int Cost { get; set; } = 1;

    /// <summary>The SDL definition the field was built from, if any.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form settings for middleware (paging, projection, filtering) keyed by feature.</summary>
    public Dictionary<string, object?> Features { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
