namespace Autotask.Simulator;

/// <summary>
/// Where Autotask's real behaviour is uncertain (autotask-api.md "Uncertain"), the documented
/// reading is the default and the alternative is a setting here.
/// </summary>
public sealed class SimulatorBehaviour
{
    /// <summary>Operator names are matched ignoring case by default (one client sends <c>beginswith</c>).</summary>
    public bool OperatorNamesCaseSensitive { get; set; }

    /// <summary>GET {Entity}/{id} for a missing id: 200 with <c>{"item":null}</c> by default, or 404.</summary>
    public bool NotFoundForMissingId { get; set; }

    /// <summary>Send <c>Retry-After</c> with 429 responses.</summary>
    public bool SendRetryAfter { get; set; } = true;
}
