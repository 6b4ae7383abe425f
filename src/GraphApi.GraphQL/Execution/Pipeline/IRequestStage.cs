namespace GraphApi.GraphQL.Execution.Pipeline;

/// <summary>Runs the rest of the pipeline.</summary>
public delegate ValueTask RequestDelegate(RequestContext context);

/// <summary>One small step of request execution; it calls <c>next</c> to go on, or sets a result to stop.</summary>
public interface IRequestStage
{
    /// <summary>Does this stage's work.</summary>
    ValueTask InvokeAsync(RequestContext context, RequestDelegate next);
}
