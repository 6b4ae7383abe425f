namespace GraphApi.Connectors;

/// <summary>Where a connector without a stored cursor begins.</summary>
public enum StartPosition
{
    /// <summary>After the newest event: only changes from now on are pushed.</summary>
    Latest,

    /// <summary>From the first event: every recorded status change is pushed.</summary>
    Beginning,
}
