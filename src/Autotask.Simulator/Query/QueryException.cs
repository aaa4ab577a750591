using System.Net;

namespace Autotask.Simulator.Query;

/// <summary>
/// A request Autotask rejects. Most validation failures are HTTP 500 with an <c>errors</c>
/// array (autotask-api.md §3), so that is the default.
/// </summary>
public sealed class QueryException(string message, HttpStatusCode status = HttpStatusCode.InternalServerError)
    : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}
