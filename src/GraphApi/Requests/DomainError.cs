namespace GraphApi.Requests;

/// <summary>A refused domain operation: a stable code (for example <c>INVALID_TRANSITION</c>) and a message.</summary>
public sealed record DomainError(string Code, string Message);
