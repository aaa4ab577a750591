using System.Net;

namespace Autotask.Client;

/// <summary>An Autotask call that did not succeed, with the status, Autotask's <c>errors</c> and the path.</summary>
public class AutotaskApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AutotaskApiException(HttpStatusCode statusCode, IReadOnlyList<string> errors, string requestPath, Exception? inner = null)
        : base(Describe(statusCode, errors, requestPath), inner)
    {
        StatusCode = statusCode;
        Errors = errors;
        RequestPath = requestPath;
    }

    /// <summary>The HTTP status Autotask answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>errors</c> array (or the framework's <c>Message</c>), verbatim.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The request path, without the query string (which may hold a search).</summary>
    public string RequestPath { get; }

    static string Describe(HttpStatusCode status, IReadOnlyList<string> errors, string path) =>
        $"Autotask answered {(int)status} {status} for {path}" + (errors.Count > 0 ? ": " + string.Join("; ", errors) : ".");
}

/// <summary>Autotask refused the call because the request threshold or the thread limit was reached.</summary>
public sealed class AutotaskThrottledException(HttpStatusCode statusCode, IReadOnlyList<string> errors, string requestPath, TimeSpan? retryAfter)
    : AutotaskApiException(statusCode, errors, requestPath)
{
    /// <summary>The <c>Retry-After</c> Autotask sent, if any.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
