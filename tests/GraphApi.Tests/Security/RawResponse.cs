namespace GraphApi.Tests.Security;

/// <summary>A response read by <see cref="RawHttp"/>.</summary>
public sealed record RawResponse(int Status, string Head, string Body);
