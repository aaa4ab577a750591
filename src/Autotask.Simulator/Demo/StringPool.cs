namespace Autotask.Simulator.Demo;

/// <summary>
/// Shares equal generated strings (note texts, descriptions): a large tenant repeats the same few
/// thousand texts millions of times, and one copy each keeps the xl scale within memory.
/// </summary>
sealed class StringPool
{
    readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    public string Get(string text)
    {
        if (pool.TryGetValue(text, out var shared))
        {
            return shared;
        }

        pool[text] = text;
        return text;
    }
}
