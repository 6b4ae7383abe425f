using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves and the request it serves.</summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The value of the parent object (the operation's root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The object type whose field is resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The selections of this field merged under one response key (usually one).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The coerced argument values, defaults applied; absent arguments without defaults are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced argument value converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    T? ArgumentValue<T>(string name);

    /// <summary>Where this field's value goes in the response.</summary>
    ResponsePath Path { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The document's fragments by name.</summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's services (a per-request scope on a server).</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the client goes away or the request times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>State shared by every resolver of one request, such as the authenticated principal.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>
    /// The fields selected below this one for a given object type, after fragments, <c>@skip</c> and
    /// <c>@include</c>: what projection translates into a <c>Select</c>.
    /// </summary>
    IReadOnlyList<SelectedField> GetSelections(ObjectType type);

    /// <summary>Adds a field error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);
}

/// <summary>One field selected under a response key, with the selections merged into it.</summary>
/// <param name="ResponseKey">The alias or the field's name.</param>
/// <param name="Field">The field's definition on the type the selections were collected for.</param>
/// <param name="FieldNodes">The field selections merged under this key.</param>
public sealed record SelectedField(string ResponseKey, FieldDefinition Field, IReadOnlyList<FieldNode> FieldNodes);
