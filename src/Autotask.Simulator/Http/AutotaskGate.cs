using System.Globalization;
using System.Net;
using Autotask.Simulator.Faults;
using Autotask.Simulator.Limits;

namespace Autotask.Simulator.Http;

/// <summary>
/// Stands in front of every <c>/ATServicesRest/V1.0/</c> call but zone discovery, in Autotask's order:
/// the three auth headers (names match ignoring case, as HTTP headers do), the per-endpoint thread
/// limit, any injected fault, the hourly threshold and its latency tiers. It counts every request.
/// </summary>
sealed class AutotaskGate(RequestDelegate next, SimulatorState state, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (ApiRoute.Parse(ctx.Request.Path.Value, state) is not { } route)
        {
            await next(ctx);
            return;
        }

        // Counted as the answer starts, before the client can read it, so a test that reads the
        // counters right after its response never sees them one short.
        var recorded = 0;
        void RecordOnce(int status)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                state.Requests.Record(route.Entity, ctx.Request.Method, status);
            }
        }

        ctx.Response.OnStarting(() =>
        {
            RecordOnce(ctx.Response.StatusCode);
            return Task.CompletedTask;
        });
        try
        {
            if (!Authenticated(ctx.Request.Headers))
            {
                await JsonResponses.Errors(ctx, HttpStatusCode.Unauthorized,
                    "Authentication failed: check the UserName, Secret and ApiIntegrationCode headers.");
                return;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted, lifetime.ApplicationStopping);
            await WithinThreadLimit(ctx, route, stop.Token);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            ctx.Abort();
        }
        finally
        {
            var answered = ctx.Response.HasStarted || !ctx.RequestAborted.IsCancellationRequested;
            RecordOnce(answered ? ctx.Response.StatusCode : 0);
        }
    }

    async Task WithinThreadLimit(HttpContext ctx, ApiRoute route, CancellationToken ct)
    {
        var behaviour = state.Options.Behaviour;
        var code = ctx.Request.Headers["ApiIntegrationCode"].ToString();
        var tracker = state.Requests.InFlight;
        var admitted = false;
        var left = 0;
        void LeaveOnce()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                tracker.Exit(code, route.Entity, admitted);
            }
        }

        try
        {
            admitted = await tracker.EnterAsync(code, route.Entity, behaviour.ThreadLimitPerEntity, behaviour.ThreadLimitWaits, ct);
            // The thread is free once the answer starts: a client that has read it may send the next
            // request before this method returns, and that must not look like a 4th concurrent call.
            ctx.Response.OnStarting(() =>
            {
                LeaveOnce();
                return Task.CompletedTask;
            });
            if (!admitted)
            {
                await ThreadLimitError(ctx, route.Entity);
                return;
            }

            if (!await ApplyFault(ctx, route, ct))
            {
                await WithinBudget(ctx, ct);
            }
        }
        finally
        {
            LeaveOnce();
        }
    }

    /// <summary>Applies an injected fault; true when it has answered (or dropped) the request.</summary>
    async Task<bool> ApplyFault(HttpContext ctx, ApiRoute route, CancellationToken ct)
    {
        if (state.Faults.Next(route.Entity, ctx.Request.Method, route.IsQueryPage) is not { } fault)
        {
            return false;
        }

        var action = fault.Action;
        var rule = fault.Rule;
        switch (action.Kind)
        {
            case FaultKind.Delay:
                // The timer is armed before waiters hear of the hit, so a test that then advances a fake clock releases it.
                var delay = Task.Delay(action.Delay, action.WallClock ? TimeProvider.System : state.Clock, ct);
                rule?.Signal();
                await delay;
                return false;
            case FaultKind.Hang:
                var hang = Task.Delay(Timeout.InfiniteTimeSpan, state.Clock, ct);
                rule?.Signal();
                await hang;
                return true;
            case FaultKind.Drop:
                ctx.Abort();
                break;
            case FaultKind.ThreadLimit:
                await ThreadLimitError(ctx, route.Entity);
                break;
            default:
                SetRetryAfter(ctx, action.RetryAfter);
                await JsonResponses.Errors(ctx, (HttpStatusCode)action.Status,
                    action.Message ?? $"Injected fault: the simulator was told to answer HTTP {action.Status}.");
                break;
        }

        rule?.Signal();
        return true;
    }

    async Task WithinBudget(HttpContext ctx, CancellationToken ct)
    {
        var behaviour = state.Options.Behaviour;
        if (!state.Budget.TryConsume(out var retryAfter))
        {
            SetRetryAfter(ctx, behaviour.SendRetryAfter ? retryAfter : null);
            await JsonResponses.Errors(ctx, (HttpStatusCode)behaviour.ThresholdExceededStatus,
                $"The request threshold of {state.Budget.Threshold} requests per hour has been exceeded.");
            return;
        }

        var latency = LatencyTier.For(behaviour.LatencyTiers, (double)state.Budget.CurrentCount / state.Budget.Threshold);
        if (latency > TimeSpan.Zero)
        {
            var delay = Task.Delay(latency, state.Clock, ct);
            state.Requests.Slowed.Increment();
            await delay;
        }

        await next(ctx);
    }

    Task ThreadLimitError(HttpContext ctx, string entity) =>
        JsonResponses.Errors(ctx, (HttpStatusCode)state.Options.Behaviour.ThreadLimitStatus,
            $"Thread Threshold Exceeded (Itgenatr005): more than {state.Options.Behaviour.ThreadLimitPerEntity} concurrent " +
            $"requests to the {entity} endpoint for this API integration code.");

    static void SetRetryAfter(HttpContext ctx, TimeSpan? after)
    {
        if (after is { } a)
        {
            ctx.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(a.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    bool Authenticated(IHeaderDictionary headers)
    {
        var o = state.Options;
        return string.Equals(headers["UserName"], o.UserName, StringComparison.OrdinalIgnoreCase)
            && string.Equals(headers["Secret"], o.Secret, StringComparison.Ordinal)
            && (string.Equals(headers["ApiIntegrationCode"], o.IntegrationCode, StringComparison.Ordinal)
                || o.OtherIntegrationCodes.Contains(headers["ApiIntegrationCode"].ToString()));
    }
}

/// <summary>An Autotask API path: its entity endpoint (canonical casing when known) and whether it asks for a query page.</summary>
sealed record ApiRoute(string Entity, bool IsQueryPage)
{
    const string ApiRoot = "/ATServicesRest/V1.0/";

    public static ApiRoute? Parse(string? path, SimulatorState state)
    {
        if (path is null || !path.StartsWith(ApiRoot, StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/zoneInformation", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var segments = path[ApiRoot.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var entity = segments.Length == 0 ? "" : segments[0];
        entity = state.Tenant.Tables.TryGetValue(entity, out var table) ? table.PathName : entity;
        var isQuery = segments.Length >= 2 && Is(segments[1], "query")
            && (segments.Length == 2 || (segments.Length == 3 && Is(segments[2], "next")));
        return new ApiRoute(entity, isQuery);
    }

    static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
