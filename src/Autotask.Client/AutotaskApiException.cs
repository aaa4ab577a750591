using System.Net;

namespace Autotask.Client;

/// <summary>
/// The root of every failure this client reports, so a caller can catch one type for "Autotask could not
/// be read": <see cref="AutotaskApiException"/> (a call failed, with its status) and
/// <see cref="AutotaskProtocolException"/> (an answer this client refuses to act on). Cancellation is an
/// <see cref="OperationCanceledException"/>, and a mistake in the caller's arguments an <see cref="ArgumentException"/>.
/// </summary>
public abstract class AutotaskException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Autotask answered something this client will not act on: a <c>nextPageUrl</c> or a request for a host
/// other than the tenant's zone, a body that is not the expected JSON, ids out of order, a query that never
/// stops paging. Retrying the same call is unlikely to help.
/// </summary>
public sealed class AutotaskProtocolException(string message, string requestPath, Exception? inner = null) : AutotaskException(message, inner)
{
    /// <summary>The request path, without the query string.</summary>
    public string RequestPath { get; } = requestPath;
}

/// <summary>
/// An Autotask call that did not succeed, with the status, Autotask's <c>errors</c> and the path.
/// The message never holds credentials or the query string (which may hold a search).
/// </summary>
public class AutotaskApiException : AutotaskException
{
    /// <summary>Creates the exception.</summary>
    public AutotaskApiException(HttpStatusCode statusCode, IReadOnlyList<string> errors, string requestPath, Exception? inner = null)
        : base(Describe(statusCode, errors, requestPath), inner)
    {
        StatusCode = statusCode;
        Errors = errors;
        RequestPath = requestPath;
    }

    /// <summary>The HTTP status Autotask answered with; 0 when no answer arrived (see <see cref="AutotaskUnavailableException"/>).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>errors</c> array (or the framework's <c>Message</c>), verbatim.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The request path, without the query string.</summary>
    public string RequestPath { get; }

    static string Describe(HttpStatusCode status, IReadOnlyList<string> errors, string path) =>
        (status == 0 ? $"Autotask did not answer {path}" : $"Autotask answered {(int)status} {status} for {path}") +
        (errors.Count > 0 ? ": " + string.Join("; ", errors) : ".");
}

/// <summary>Autotask refused the call because the request threshold or the thread limit was reached.</summary>
public class AutotaskThrottledException(HttpStatusCode statusCode, IReadOnlyList<string> errors, string requestPath, TimeSpan? retryAfter)
    : AutotaskApiException(statusCode, errors, requestPath)
{
    /// <summary>How long to wait before asking again (<c>Retry-After</c>, or the governor's estimate), if known.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>No answer arrived: the attempts timed out or the connection failed, after any retries.</summary>
public sealed class AutotaskUnavailableException(string requestPath, Exception inner)
    : AutotaskApiException(0, [inner is TimeoutException ? "The request timed out." : "The connection failed."], requestPath, inner);
