using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Pipeline;

/// <summary>What the pipeline's stages know about one request as it moves through them.</summary>
public sealed class RequestContext
{
    internal RequestContext(Schema schema, ExecutionOptions options, ExecutionRequest request, CancellationToken cancellationToken)
    {
        Schema = schema;
        Options = options;
        Request = request;
        CancellationToken = cancellationToken;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The executor's options.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>The request.</summary>
    public ExecutionRequest Request { get; }

    /// <summary>Signalled when the client goes away.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The parsed document, once a stage has it.</summary>
    public DocumentNode? Document => Prepared?.Document;

    /// <summary>The operation to run, once selected.</summary>
    public OperationDefinitionNode? Operation { get; internal set; }

    /// <summary>The coerced variable values, once coerced.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; internal set; }

    /// <summary>The result; a stage that sets it ends the request.</summary>
    public IExecutionResult? Result { get; set; }

    internal PreparedDocument? Prepared { get; set; }

    /// <summary>The operation's estimated cost, once the complexity guard measured it.</summary>
    internal long? Cost { get; set; }
}
