namespace Autotask.Simulator.Demo;

/// <summary>Seeded randomness with the few distributions the demo needs.</summary>
sealed class DemoRandom(int seed)
{
    readonly Random random = new(seed);

    public double Unit() => random.NextDouble();

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => random.Next(min, maxExclusive);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A Poisson-distributed count (Knuth for small means, a normal approximation above).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Gaussian())));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > limit);
        return k - 1;
    }

    public double Gaussian()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal duration with the given median and spread (sigma of the log).</summary>
    public TimeSpan LogNormal(TimeSpan median, double sigma) =>
        TimeSpan.FromTicks((long)(median.Ticks * Math.Exp(sigma * Gaussian())));

    /// <summary>Hours in quarter-hour steps between min and max.</summary>
    public decimal QuarterHours(decimal min, decimal max)
    {
        var steps = (int)((max - min) * 4);
        return min + (random.Next(steps + 1) / 4m);
    }

    /// <summary>A local time of day on a business day: busiest mid-morning and early afternoon.</summary>
    public TimeSpan BusinessHour()
    {
        ReadOnlySpan<double> weights = [0.2, 0.7, 1.4, 1.6, 1.3, 0.8, 1.1, 1.3, 1.1, 0.8, 0.4, 0.15];
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x <= 0)
            {
                return TimeSpan.FromHours(7 + i) + TimeSpan.FromSeconds(random.Next(3600));
            }
        }

        return TimeSpan.FromHours(12);
    }

    public TimeSpan AnyHour() => TimeSpan.FromSeconds(random.Next(24 * 3600));
}
