using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution.Pipeline;

// GraphQL over HTTP: a request without a document, or whose document does not parse, gets errors and no data.
/// <summary>Finds the request's document: the one given parsed, a cached one, or the query text parsed now.</summary>
internal sealed class ParseDocumentStage(DocumentCache cache, ParserOptions options) : IRequestStage
{
    public ValueTask InvokeAsync(RequestContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Document is { } document)
        {
            context.Prepared = cache.For(document);
            return next(context);
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            context.Result = OperationResult.FromErrors([new GraphQLError("The request has no query: send a GraphQL document in \"query\".", extensions: Code(ErrorCodes.BadRequest))]);
            return ValueTask.CompletedTask;
        }

        if (!cache.TryGet(request.Query, out var prepared))
        {
            try
            {
                prepared = cache.Add(request.Query, Parser.Parse(request.Query, options));
            }
            catch (GraphQLSyntaxException exception)
            {
                context.Result = OperationResult.FromErrors(exception.Errors);
                return ValueTask.CompletedTask;
            }
        }

        context.Prepared = prepared;
        return next(context);
    }

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
