using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Data;
using Scorecard.Server.Features.Events;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Api;

/// <summary><c>/api/v1/events</c>: listeners hear about new data from one shared poll.</summary>
public sealed class EventsTests : IAsyncLifetime
{
    readonly ScorecardApp app = AccountsApp.Create(new Dictionary<string, string?> { ["Scorecard:Events:PollInterval"] = "00:00:05" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Every_listener_hears_of_new_data_from_a_single_shared_poll()
    {
        using var http = app.CreateClient();
        var listeners = new List<EventReader>();
        for (var i = 0; i < 3; i++)
        {
            listeners.Add(await EventReader.OpenAsync(http));
        }

        foreach (var l in listeners)
        {
            var hello = await l.NextAsync();
            Assert.Equal("hello", hello.Type);
            Assert.Equal(0, hello.Data.GetProperty("version").GetInt64());
        }

        var feed = app.Services.GetRequiredService<DataChangeFeed>();
        Assert.Equal(3, feed.Listeners);
        var pollsBefore = feed.Polls;
        await BumpDataVersionAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        foreach (var l in listeners)
        {
            var changed = await l.NextAsync();
            Assert.Equal("data-changed", changed.Type);
            Assert.Equal(1, changed.Data.GetProperty("version").GetInt64());
        }

        Assert.Equal(pollsBefore + 1, feed.Polls);
        foreach (var l in listeners)
        {
            l.Dispose();
        }
    }

    [Fact]
    public void Nothing_is_polled_while_nobody_listens()
    {
        var feed = app.Services.GetRequiredService<DataChangeFeed>();
        Assert.Equal(0, feed.Listeners);

        app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, feed.Polls);
    }

    [Fact]
    public async Task The_stream_needs_credentials()
    {
        using var http = app.CreateAnonymousClient();
        using var response = await http.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    async Task BumpDataVersionAsync()
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContext();
        await DataVersion.BumpAsync(db, app.Clock.GetUtcNow().UtcDateTime, TestContext.Current.CancellationToken);
    }

    /// <summary>Reads one server-sent event at a time, each within a timeout.</summary>
    sealed class EventReader(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<EventReader> OpenAsync(HttpClient http)
        {
            var response = await http.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)));
        }

        public async Task<(string Type, JsonElement Data)> NextAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            string? type = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return (type ?? "message", JsonDocument.Parse(line["data: ".Length..]).RootElement);
                }
            }

            throw new InvalidOperationException("the event stream ended");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
