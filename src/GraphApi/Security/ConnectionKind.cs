namespace GraphApi.Security;

/// <summary>The long-lived connections the <see cref="ConnectionRegistry"/> counts.</summary>
public enum ConnectionKind { WebSocket, EventStream }
