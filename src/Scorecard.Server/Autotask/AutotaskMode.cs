namespace Scorecard.Server.Autotask;

/// <summary>Where the Autotask data comes from, as <c>/api/health</c> reports it.</summary>
public enum AutotaskMode
{
    /// <summary>A real tenant, from AUTOTASK_* or Autotask:* settings.</summary>
    Configured,

    /// <summary>No credentials: the built-in simulated tenant.</summary>
    Demo,

    /// <summary>No credentials and the demo turned off: no sync, the database as it is.</summary>
    NotConfigured,
}

public sealed record AutotaskStatus(AutotaskMode Mode)
{
    public string HealthName => Mode switch
    {
        AutotaskMode.Configured => "configured",
        AutotaskMode.Demo => "demo",
        _ => "not_configured",
    };
}
