using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Spectre.Console;

namespace Scorecard.Server.Cli;

/// <summary>
/// The <c>scorecard</c> command line: the same executable serves (the default) or runs an operator
/// verb. Anything the verbs do not recognise (<c>--urls</c>, <c>--environment</c>, …) is passed on
/// to the server unchanged, so <c>dotnet run</c> with no verb serves exactly as before.
/// </summary>
public static class ScorecardCommandLine
{
    public static async Task<int> RunAsync(string[] args, Func<string[], CancellationToken, Task> serve)
    {
        CliHost.PrepareConsole();
        var root = new RootCommand($"Scorecard: an EOS-style service-desk scorecard for Autotask PSA. With no command, serves the dashboard and API (as 'serve').\n{ExitCodes.Help}")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serveCommand = new Command("serve", "Serve the dashboard and API (the default). Host options pass through, e.g. --urls http://0.0.0.0:8080.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (parse, ct) => await ServeAsync(serve, parse.UnmatchedTokens, ct));
        serveCommand.SetAction(async (parse, ct) => await ServeAsync(serve, parse.UnmatchedTokens, ct));
        root.Add(serveCommand);
        root.Add(MigrateCommand.Create());
        root.Add(SyncCommand.Create());
        root.Add(QueuesCommand.Create());
        root.Add(ScorecardsCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(UsersCommand.Create());
        root.Add(ApiKeysCommand.Create());
        root.Add(DoctorCommand.Create());

        // Unrecognised options go on to the server, but an unknown word where a verb belongs is a mistake, not a request to serve.
        if (args.Length > 0 && !args[0].StartsWith('-') && !root.Subcommands.Any(c => c.Name == args[0]))
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}. Run with --help for more.");
            return ExitCodes.Usage;
        }

        var parsed = root.Parse(args);
        var verb = parsed.CommandResult.Command;
        // Only the server takes options the parser does not know; for the verbs they are mistakes.
        var stray = verb == root || verb == serveCommand ? [] : parsed.UnmatchedTokens;
        if (parsed.Errors.Count > 0 || stray.Count > 0)
        {
            foreach (var error in parsed.Errors.Select(e => e.Message).Concat(stray.Select(t => $"Unrecognized command or argument '{t}'.")))
            {
                await Console.Error.WriteLineAsync(error);
            }

            await Console.Error.WriteLineAsync("Run with --help to see the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            // Exceptions propagate: the test host stops the server's start-up with one, and broken settings are reported below.
            // Signals are left to the server's own host, which shuts down gracefully on Ctrl+C and SIGTERM.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception ex) when (ex is OptionsValidationException or SettingsException)
        {
            // A broken setting is reported plainly, without a stack trace.
            await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (Api.ProblemException ex)
        {
            // The same checks the API makes, e.g. an unknown role.
            await Console.Error.WriteLineAsync(ex.Message);
            return ex.Status == StatusCodes.Status404NotFound ? ExitCodes.NotFound : ExitCodes.Failed;
        }
        catch (Exception ex) when (verb != root && verb != serveCommand && !(ex is OperationCanceledException && parsed.Action is null))
        {
            // A verb is for operators and scripts: one line that says what failed and where to look, never a stack trace.
            await Console.Error.WriteLineAsync(UnexpectedFailure(verb.Name, ex));
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// The one line printed when a verb fails unexpectedly: the verb, the innermost cause, and the file that holds the
    /// whole exception (the verbs log only critical events to the console, so the details would otherwise be lost).
    /// </summary>
    public static string UnexpectedFailure(string verb, Exception ex)
    {
        var cause = ex;
        while (cause.InnerException is { } inner && cause is AggregateException or TargetInvocationException or TypeInitializationException
            or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            cause = inner;
        }

        var message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"scorecard {verb} failed: {cause.GetType().Name}: {message} {WriteDetails(verb, ex)}";
    }

    static string WriteDetails(string verb, Exception ex)
    {
        try
        {
            var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var file = Path.Combine(Path.GetTempPath(), $"scorecard-{verb}-{stamp}-{Environment.ProcessId}.log");
            File.WriteAllText(file, ex.ToString());
            return $"(the details are in {file}).";
        }
        catch (IOException)
        {
            return "(the details could not be written to the temp folder).";
        }
        catch (UnauthorizedAccessException)
        {
            return "(the details could not be written to the temp folder).";
        }
    }

    static async Task<int> ServeAsync(Func<string[], CancellationToken, Task> serve, IReadOnlyList<string> hostArgs, CancellationToken ct)
    {
        await serve([.. hostArgs], ct);
        return ExitCodes.Ok;
    }

    /// <summary>Writes an error for the operator and returns the exit code.</summary>
    public static int Fail(string message, int code = ExitCodes.Failed)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine(message);
        return code;
    }
}
