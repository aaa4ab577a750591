namespace Scorecard.Server.Data.Rows;

/// <summary>
/// Marks that the default scorecards were seeded, so deleting them all does not bring them back:
/// after the first seeding the database is the truth.
/// </summary>
public sealed class ScorecardSeedRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public DateTime SeededUtc { get; set; }
}
