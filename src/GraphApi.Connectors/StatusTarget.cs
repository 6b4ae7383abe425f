namespace GraphApi.Connectors;

/// <summary>One external record a change is pushed to.</summary>
/// <param name="System">ServiceNow or Jira.</param>
/// <param name="ExternalId">The incident's sys_id or the key.</param>
/// <param name="State">The state to reach: ServiceNow's incident state number or Jira's status category key.</param>
/// <param name="PreviousState">The state before the change, in the same terms.</param>
public sealed record StatusTarget(TargetSystem System, string ExternalId, string State, string? PreviousState);
