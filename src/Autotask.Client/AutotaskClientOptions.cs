using System.ComponentModel.DataAnnotations;

namespace Autotask.Client;

/// <summary>
/// How to reach one Autotask tenant. Bind it from configuration (section <see cref="Section"/>);
/// it is validated when the application starts.
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

    /// <summary>The API tracking identifier (integration code).</summary>
    [Required(ErrorMessage = "Autotask:IntegrationCode is required (environment AUTOTASK_INTEGRATION_CODE).")]
    public string IntegrationCode { get; set; } = "";

    /// <summary>
    /// The zone to use without discovery: a bare host such as <c>https://webservices3.autotask.net</c>
    /// or a full <c>…/ATServicesRest/</c> URL. Null means "discover the zone from the user name".
    /// </summary>
    public Uri? ZoneUrl { get; set; }

    /// <summary>Where zone discovery is asked; Autotask's global endpoint by default.</summary>
    [Required]
    public Uri DiscoveryUrl { get; set; } = new("https://webservices.autotask.net/");

    /// <summary>How long a discovered zone is trusted before it is looked up again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ZoneCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <inheritdoc />
    public override string ToString() =>
        $"Autotask user {UserName}, zone {(ZoneUrl?.ToString() ?? "discovered")}, secret and integration code redacted";
}
