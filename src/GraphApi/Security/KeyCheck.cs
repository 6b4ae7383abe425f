namespace GraphApi.Security;

/// <summary>The answer to an API key: its grant, or null; and when the address was throttled instead, how long it must wait.</summary>
/// <param name="Key">The valid key's grant.</param>
/// <param name="RetryAfter">Set when the key was refused unchecked because its address failed too often.</param>
public sealed record KeyCheck(AuthenticatedKey? Key, TimeSpan? RetryAfter);
