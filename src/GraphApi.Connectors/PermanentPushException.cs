namespace GraphApi.Connectors;

/// <summary>The target refused a change in a way retrying cannot fix (a 4xx other than 401, 408 and 429, or no workflow transition).</summary>
public sealed class PermanentPushException(string message) : Exception(message);
