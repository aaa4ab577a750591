namespace Scorecard.Server.Sync;

/// <summary>One entity's sync: reads what changed in Autotask and stores it.</summary>
public interface ISyncStep
{
    string Entity { get; }

    /// <summary>Runs one cycle and returns how many records it stored.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
