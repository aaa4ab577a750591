namespace Scorecard.Server.Data.Rows;

/// <summary>A row keyed by its Autotask id.</summary>
public interface ISyncedRow
{
    long Id { get; }
}
