namespace GraphApi.Api;

/// <summary>
/// The mutation root. Each domain folder adds its mutations to this partial class (<c>Requests/RequestMutations.cs</c>, ...).
/// Every mutation takes an <c>input</c> and returns a payload with the changed object and its domain <c>errors</c>;
/// when there are errors, nothing was changed.
/// </summary>
public sealed partial class Mutation;
