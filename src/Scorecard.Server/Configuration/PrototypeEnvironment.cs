namespace Scorecard.Server.Configuration;

/// <summary>
/// The prototype's environment variables keep working: they are mapped onto the settings the
/// product reads (design.md §4).
/// </summary>
static class PrototypeEnvironment
{
    static readonly (string Variable, string Setting)[] Map =
    [
        ("AUTOTASK_USERNAME", "Autotask:UserName"),
        ("AUTOTASK_SECRET", "Autotask:Secret"),
        ("AUTOTASK_INTEGRATION_CODE", "Autotask:IntegrationCode"),
        ("AUTOTASK_ZONE_URL", "Autotask:ZoneUrl"),
        ("AUTOTASK_ROC_QUEUE_NAME", "Scorecard:DefaultQueue"),
    ];

    public static void AddPrototypeVariables(this IConfigurationManager configuration)
    {
        var mapped = Map
            .Where(m => !string.IsNullOrWhiteSpace(configuration[m.Variable]))
            .ToDictionary(m => m.Setting, m => configuration[m.Variable]);
        if (mapped.Count > 0)
        {
            configuration.AddInMemoryCollection(mapped);
        }
    }
}
