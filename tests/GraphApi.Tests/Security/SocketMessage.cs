using System.Text.Json;

namespace GraphApi.Tests.Security;

/// <summary>A WebSocket message received by <see cref="TestSocket"/>: its text, or the close code and reason.</summary>
public sealed record SocketMessage(string? Text, int? CloseCode, string? CloseReason)
{
    /// <summary>The message's <c>type</c>, or <c>close</c>.</summary>
    public string Type => Text is null ? "close" : JsonDocument.Parse(Text).RootElement.GetProperty("type").GetString()!;
}
