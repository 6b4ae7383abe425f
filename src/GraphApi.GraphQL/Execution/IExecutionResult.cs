namespace GraphApi.GraphQL.Execution;

/// <summary>What executing a request gives: one <see cref="OperationResult"/>, or a <see cref="ResponseStream"/> for a subscription.</summary>
public interface IExecutionResult;
