namespace Scorecard.Server.Cli;

/// <summary>What the command line returns, for scripts (also listed by <c>scorecard --help</c> and the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and something failed: a sync step, a check of <c>doctor</c>, a refused change, or a broken setting.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong (unknown verb or option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>What the command names does not exist (a user, a key, an entity).</summary>
    public const int NotFound = 3;

    public const string Help = "Exit codes: 0 success; 1 failure (a sync step, a doctor check, a refused change, a broken setting); 2 bad command line; 3 not found.";
}
