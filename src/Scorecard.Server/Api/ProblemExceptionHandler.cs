using Microsoft.AspNetCore.Diagnostics;

namespace Scorecard.Server.Api;

/// <summary>
/// Turns <see cref="ProblemException"/> and malformed requests into problem+json with what was wrong.
/// Anything else is a 500 problem without a stack trace.
/// </summary>
sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            ProblemException p => (p.Status, p.Title, p.Message),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server could not complete the request; the log has the details."),
        };
        ctx.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
