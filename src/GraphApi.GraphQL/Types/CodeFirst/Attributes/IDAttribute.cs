namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Exposes a member (string, int, long or Guid, or a list of them) as the <c>ID</c> scalar.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;
