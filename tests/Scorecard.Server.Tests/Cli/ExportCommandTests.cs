using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Autotask.Simulator;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Cli;

/// <summary><c>scorecards</c> and <c>export</c> as real processes, checked against the API on the same database.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    readonly CliRunner cli = new();
    readonly string folder = Directory.CreateTempSubdirectory("scorecard-export-").FullName;
    SimulatorHost simulator = null!;

    public async ValueTask InitializeAsync()
    {
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = new FakeTimeProvider(TestTenant.Now), HistoryDays = 21, Seed = 2026, TimeZone = TestTenant.TimeZone });
        cli.UseTenant(simulator);
        var sync = await cli.RunAsync("sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        cli.Dispose();
        Directory.Delete(folder, recursive: true);
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task Scorecards_are_listed_and_one_is_shown_as_a_grid()
    {
        var list = await cli.RunAsync("scorecards", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        var slugs = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ToList();
        Assert.Contains("roc", slugs);
        Assert.Contains("service-desk", slugs);

        var show = await cli.RunAsync("scorecards", "show", "roc", "--weeks", "3");
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("Tickets opened", show.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, (await cli.RunAsync("scorecards", "show", "nope")).ExitCode);
    }

    [Fact]
    public async Task Export_writes_a_named_file_with_the_apis_numbers()
    {
        var grid = await cli.RunAsync("export", "roc", "--weeks", "3", "--week", "47", "--year", "2026", "--output", folder);
        Assert.True(grid.ExitCode == 0, grid.ToString());
        var path = grid.Stdout.Trim();
        Assert.Equal(Path.Combine(folder, "roc-grid-2026-W45..2026-W47.csv"), path);
        var lines = (await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken)).Select(l => l.TrimStart('\uFEFF').Split(',')).ToList();

        var drill = await cli.RunAsync("export", "roc", "--report", "drilldown", "--metric", "tickets_opened", "--period", "2026-W46", "-f", "csv", "-o", folder);
        Assert.True(drill.ExitCode == 0, drill.ToString());
        var records = (await File.ReadAllLinesAsync(drill.Stdout.Trim(), TestContext.Current.CancellationToken)).Length - 1;

        await using var app = new ScorecardApp(null, new FakeTimeProvider(TestTenant.Now), cli.ConnectionString,
            new Dictionary<string, string?> { ["Scorecard:Demo:Enabled"] = "false" });
        using var http = app.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid?weeks=3&week=47&year=2026", TestContext.Current.CancellationToken);
        var opened = api.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "tickets_opened");
        var row = lines.Single(l => l[0] == "Tickets opened");
        Assert.Equal(opened.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()),
            row[3..6].Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
        Assert.Equal(opened.GetProperty("cells")[1].GetProperty("value").GetDouble(), records);

        var pdf = await cli.RunAsync("export", "roc", "--report", "quarter", "--quarter", "4", "--year", "2026", "--format", "pdf", "-o", folder);
        Assert.True(pdf.ExitCode == 0, pdf.ToString());
        Assert.EndsWith("roc-quarter-2026-Q4.pdf", pdf.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal(2, (await cli.RunAsync("export", "roc", "--format", "docx")).ExitCode);
    }
}
