namespace GraphApi.Connectors;

/// <summary>Pushes a request's new status to one kind of external record.</summary>
public interface IStatusPusher
{
    /// <summary>The system it writes to.</summary>
    TargetSystem System { get; }

    /// <summary>Whether the system is configured; changes to unconfigured systems are not pushed.</summary>
    bool Configured { get; }

    /// <summary>
    /// Brings <paramref name="target"/> to its state. With <paramref name="verify"/> (a previous run may have pushed it before being
    /// stopped) it reads the record first and leaves it alone when it is there already.
    /// </summary>
    Task PushAsync(StatusChange change, StatusTarget target, bool verify, CancellationToken cancellationToken);
}
