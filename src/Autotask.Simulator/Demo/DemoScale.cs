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

/// <summary>How many people, clients and tickets a scale means.</summary>
public sealed record ScaleProfile(int Technicians, int Clients, double VolumeFactor)
{
    public static ScaleProfile For(DemoScale scale) => scale switch
    {
        DemoScale.Large => new(120, 300, 8),
        DemoScale.Xl => new(400, 1500, 25),
        _ => new(24, 45, 1),
    };
}
