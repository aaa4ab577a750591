using Scorecard.Goals;

namespace Scorecard.Tests;

public sealed class GoalTests
{
    [Theory]
    [InlineData(0.60, GoalStatus.Green)]
    [InlineData(0.75, GoalStatus.Green)]
    [InlineData(0.54, GoalStatus.Yellow)]   // missed by exactly 10 % of the goal
    [InlineData(0.5399, GoalStatus.Red)]
    [InlineData(null, GoalStatus.None)]
    public void At_least_goals_colour_by_the_shortfall(double? value, GoalStatus expected) =>
        Assert.Equal(expected, new Goal(0.60, GoalDirection.AtLeast).Evaluate(value));

    [Theory]
    [InlineData(80, GoalStatus.Green)]
    [InlineData(88, GoalStatus.Yellow)]
    [InlineData(89, GoalStatus.Red)]
    public void At_most_goals_colour_by_the_excess(double value, GoalStatus expected) =>
        Assert.Equal(expected, new Goal(80, GoalDirection.AtMost).Evaluate(value));
}
