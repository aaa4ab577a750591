using System.ComponentModel.DataAnnotations;

namespace Autotask.Client;

/// <summary>
/// How to reach one Autotask tenant and how much of its API budget to spend. Bind it from
/// configuration (section <see cref="Section"/>); it is validated when the application starts.
/// </summary>
public sealed class AutotaskClientOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Autotask";

    /// <summary>The API-only user's user name (an e-mail-like string).</summary>
    [Required(ErrorMessage = "Autotask:UserName is required (environment AUTOTASK_USERNAME).")]
    public string UserName { get; set; } = "";

    /// <summary>The API user's secret. Never logged or shown by <see cref="ToString"/>.</summary>
    [Required(ErrorMessage = "Autotask:Secret is required (environment AUTOTASK_SECRET).")]
    public string Secret { get; set; } = "";

    /// <summary>The API tracking identifier (integration code). Never logged either.</summary>
    [Required(ErrorMessage = "Autotask:IntegrationCode is required (environment AUTOTASK_INTEGRATION_CODE).")]
    public string IntegrationCode { get; set; } = "";

    /// <summary>
    /// The zone to use without discovery: a bare host such as <c>https://webservices3.autotask.net</c>
    /// or a full <c>…/ATServicesRest/</c> URL. Null means "discover the zone from the user name".
    /// </summary>
    public Uri? ZoneUrl { get; set; }

    /// <summary>Where zone discovery is asked; Autotask's global endpoint by default.</summary>
    [Required(ErrorMessage = "Autotask:DiscoveryUrl must be an absolute URL.")]
    public Uri DiscoveryUrl { get; set; } = new("https://webservices.autotask.net/");

    /// <summary>How long a discovered zone is trusted before it is looked up again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Autotask:ZoneCacheDuration must be between 1 minute and 7 days.")]
    public TimeSpan ZoneCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The share of the tenant's hourly request threshold (10,000 by default) this client may spend,
    /// 0.01–1. The threshold is shared by every integration on the tenant, so leave room for them.
    /// </summary>
    [Range(0.01, 1.0, ErrorMessage = "Autotask:BudgetShare must be between 0.01 and 1 (environment AUTOTASK_BUDGET_SHARE).")]
    public double BudgetShare { get; set; } = 0.5;

    /// <summary>Requests in flight per entity endpoint, 1–3: Autotask allows 3 per integration code and endpoint.</summary>
    [Range(1, 3, ErrorMessage = "Autotask:MaxConcurrentRequestsPerEntity must be between 1 and 3.")]
    public int MaxConcurrentRequestsPerEntity { get; set; } = 3;

    /// <summary>How often a read is retried after a transient failure (429, 5xx, timeout, thread limit), 0–10.</summary>
    [Range(0, 10, ErrorMessage = "Autotask:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Autotask:RetryBaseDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> worth waiting for inside one call. A longer one (the hourly
    /// threshold was reached) fails fast with <see cref="AutotaskThrottledException"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Autotask:MaxRetryAfter must be between 1 second and 1 hour.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long one attempt may take before it is abandoned (and, for reads, retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Autotask:AttemptTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How often the budget governor reads <c>ThresholdInformation</c> (which itself costs a call):
    /// at most once per this interval, and only while the client is making calls anyway.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Autotask:ThresholdPollInterval must be between 10 seconds and 1 hour.")]
    public TimeSpan ThresholdPollInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The governor also reads <c>ThresholdInformation</c> after this many calls of its own.</summary>
    [Range(10, 10_000, ErrorMessage = "Autotask:ThresholdPollEveryRequests must be between 10 and 10000.")]
    public int ThresholdPollEveryRequests { get; set; } = 250;

    /// <inheritdoc />
    public override string ToString() =>
        $"Autotask user {UserName}, zone {(ZoneUrl?.ToString() ?? "discovered")}, budget share {BudgetShare:P0}, secret and integration code redacted";
}
