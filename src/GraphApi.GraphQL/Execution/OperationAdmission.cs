using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// What <see cref="ExecutionOptions.AdmitOperation"/> is told about an operation that passed validation and the
/// depth and cost limits, before any resolver runs: enough to authorize it and to charge its cost to a rate limit.
/// </summary>
public sealed class OperationAdmission
{
    internal OperationAdmission(ExecutionRequest request, OperationDefinitionNode operation, long cost, IReadOnlyCollection<FieldDefinition> fields, CancellationToken cancellationToken)
    {
        Request = request;
        Operation = operation;
        Cost = cost;
        Fields = fields;
        CancellationToken = cancellationToken;
    }

    /// <summary>The request.</summary>
    public ExecutionRequest Request { get; }

    /// <summary>The operation about to run.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The operation's estimated cost, as the cost limit measures it.</summary>
    public long Cost { get; }

    /// <summary>
    /// Every field definition the operation may select, through fragments and on every possible type of an abstract
    /// parent, meta-fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>) included; <c>@skip</c> and <c>@include</c> are not applied.
    /// </summary>
    public IReadOnlyCollection<FieldDefinition> Fields { get; }

    /// <summary>Signalled when the client goes away.</summary>
    public CancellationToken CancellationToken { get; }
}
