using System.CommandLine;
using System.Text.Json;

namespace Scorecard.Server.Cli;

/// <summary>Machine-readable output for scripts: <c>--json</c> prints snake_case JSON like the API.</summary>
static class CliOutput
{
    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON (snake_case, like the API) instead of a table." };

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));
}
