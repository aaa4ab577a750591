namespace Autotask.Simulator.Demo;

public enum DemoScale
{
    /// <summary>One mid-sized MSP: ~25 technicians, ~45 clients, a year of history.</summary>
    Demo,

    /// <summary>About ten times the demo.</summary>
    Large,

    /// <summary>A very large tenant for benchmarks: about a million tickets.</summary>
    Xl,
}

/// <summary>
/// How many people and clients a scale means, and how many times the demo's human-raised tickets and
/// alerts arrive. Big MSPs have proportionally fewer alerts per technician, so the xl tenant (about a
/// million tickets a year) carries about four million time entries.
/// </summary>
public sealed record ScaleProfile(int Technicians, int Clients, double VolumeFactor, double AlertFactor)
{
    public static ScaleProfile For(DemoScale scale) => scale switch
    {
        DemoScale.Large => new(150, 400, 8, 5),
        DemoScale.Xl => new(2000, 5000, 110, 7),
        _ => new(24, 45, 1, 1),
    };
}
