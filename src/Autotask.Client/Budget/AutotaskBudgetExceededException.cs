using System.Net;

namespace Autotask.Client.Budget;

/// <summary>
/// The governor refused a call before sending it: this client's share of the hourly threshold is
/// spent, or the tenant is close to the threshold. No request reached Autotask.
/// </summary>
public sealed class AutotaskBudgetExceededException(string reason, string requestPath, TimeSpan retryAfter)
    : AutotaskThrottledException(HttpStatusCode.TooManyRequests, [reason], requestPath, retryAfter);
