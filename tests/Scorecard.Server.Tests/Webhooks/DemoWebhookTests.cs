using System.Text.Json;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Webhooks;

/// <summary>The demo tenant out of the box: the real server registers its webhook with the in-process simulator on loopback, and deliveries arrive.</summary>
public sealed class DemoWebhookTests
{
    [Fact]
    public async Task The_demo_server_receives_the_demo_tenants_webhooks_without_any_setting()
    {
        var ct = TestContext.Current.CancellationToken;
        var db = Path.Combine(Path.GetTempPath(), $"scorecard-demo-hooks-{Guid.NewGuid():N}.db");
        try
        {
            await using var server = await RunningServer.StartAsync(AppContext.BaseDirectory, new Dictionary<string, string>
            {
                ["ConnectionStrings__Scorecard"] = $"Data Source={db}",
                ["Scorecard__Demo__HistoryDays"] = "10",
                ["Scorecard__Demo__LiveSpeed"] = "600", // ten minutes of the MSP's day each second
                ["Logging__LogLevel__Default"] = "Warning",
            }, TimeSpan.FromMinutes(2), ct);

            var status = await server.WaitForAsync(s => s.GetProperty("webhook").ValueKind == JsonValueKind.Object
                && s.GetProperty("webhook").GetProperty("deliveries").GetInt64() > 0, TimeSpan.FromMinutes(2), ct);

            var hook = status.GetProperty("webhook");
            Assert.StartsWith(server.BaseUrl.ToString(), hook.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, hook.GetProperty("rejected").GetInt64());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
