using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Autotask.Simulator.Tests;

/// <summary>One in-process simulator, frozen at a known instant, talked to with raw HTTP.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public SimulatorHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await SimulatorHost.StartAsync(new SimulatorOptions { Clock = Clock, HistoryDays = 60, Seed = 7 });
        Http = Authenticated(Host);
    }

    public static HttpClient Authenticated(SimulatorHost host)
    {
        var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl, "ATServicesRest/V1.0/") };
        http.DefaultRequestHeaders.Add("UserName", host.Options.UserName);
        http.DefaultRequestHeaders.Add("Secret", host.Options.Secret);
        http.DefaultRequestHeaders.Add("ApiIntegrationCode", host.Options.IntegrationCode);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}

static class Json
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<(int Status, JsonElement Body)> PostAsync(this HttpClient http, string path, string json)
    {
        using var response = await http.PostAsync(path, Body(json));
        return ((int)response.StatusCode, await response.ReadAsync());
    }

    public static string[] Errors(this JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
