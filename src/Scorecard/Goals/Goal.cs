namespace Scorecard.Goals;

public enum GoalDirection
{
    /// <summary>Higher is better: met when value ≥ target.</summary>
    AtLeast,

    /// <summary>Lower is better: met when value ≤ target.</summary>
    AtMost,
}

public enum GoalStatus
{
    None,
    Green,
    Yellow,
    Red,
}

/// <summary>
/// An EOS goal: green when met, yellow when missed by at most <see cref="Tolerance"/>·|target|,
/// red otherwise (design.md §3).
/// </summary>
public sealed record Goal(double Target, GoalDirection Direction, double Tolerance = 0.10)
{
    public GoalStatus Evaluate(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return GoalStatus.None;
        }

        var shortfall = Direction == GoalDirection.AtLeast ? Target - v : v - Target;
        if (shortfall <= 0)
        {
            return GoalStatus.Green;
        }

        // A tiny epsilon keeps a miss of exactly t·|g| yellow despite binary floating point.
        return shortfall <= (Tolerance * Math.Abs(Target)) + 1e-9 ? GoalStatus.Yellow : GoalStatus.Red;
    }
}
