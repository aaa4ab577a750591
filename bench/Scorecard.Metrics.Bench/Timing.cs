using System.Diagnostics;
using System.Globalization;

namespace Scorecard.Metrics.Bench;

/// <summary>Runs an action a number of times after a warm-up and prints p50/p95 in milliseconds; <c>before</c>, untimed, precedes each run.</summary>
static class Timing
{
    public static async Task<(double P50, double P95)> MeasureAsync(string name, int runs, Func<Task> action, Func<Task>? before = null)
    {
        before ??= () => Task.CompletedTask;
        await before();
        await action();
        var ms = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            await before();
            var sw = Stopwatch.StartNew();
            await action();
            ms.Add(sw.Elapsed.TotalMilliseconds);
        }

        ms.Sort();
        var p50 = ms[(int)Math.Floor(0.50 * (ms.Count - 1))];
        var p95 = ms[(int)Math.Floor(0.95 * (ms.Count - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-54} p50 {p50,9:F2} ms   p95 {p95,9:F2} ms   ({runs} runs)"));
        return (p50, p95);
    }
}
