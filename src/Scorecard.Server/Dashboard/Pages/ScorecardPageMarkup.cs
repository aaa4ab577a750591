using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Scorecard.Definitions;
using Scorecard.Periods;

namespace Scorecard.Server.Dashboard.Pages;

/// <summary>
/// The scorecard page's content (<see cref="ScorecardPageBody"/>: heading, picker, periods, grid, exports) rendered
/// to HTML once per scorecard, period, day and pair of reports it shows, and kept. It holds nothing about the viewer:
/// the layout around it (who is signed in, the sign-out form's antiforgery token) is rendered for each request. Under
/// load rendering the grid's few hundred cells was most of a page view's cost. The reports are asked for on every
/// view (from memory, <see cref="Reports.ReportService"/>), so the content is exactly the rendering of the reports a
/// fresh view would show, and views that arrive together while it renders share that one rendering: a new data
/// version costs one rendering, not one per viewer. At most <see cref="MaxEntries"/> are held.
/// </summary>
public sealed class ScorecardPageMarkup(TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public const int MaxEntries = 256;

    readonly ConcurrentDictionary<string, Lazy<Task<RenderedPage>>> entries = new();

    /// <summary>How many times the content was rendered rather than taken from memory (for tests).</summary>
    public long Renders => Interlocked.Read(ref renders);

    long renders;

    public async Task<RenderedPage> GetAsync(ScorecardPageData data, string? scorecard, string? queue, string? week, string? quarter,
        CancellationToken ct)
    {
        GridView view;
        try
        {
            view = await data.LoadAsync(scorecard, queue, week, quarter, ct);
        }
        catch (PageInputException e)
        {
            return await RenderAsync(null, e.Message, data.Calendar); // a wrong link: cheap, and not worth keeping
        }

        var key = Key(view, week, quarter, data.Calendar);
        if (entries.Count >= MaxEntries && !entries.ContainsKey(key))
        {
            entries.Clear();
        }

        var entry = entries.GetOrAdd(key, _ => new Lazy<Task<RenderedPage>>(() => RenderAsync(view, null, data.Calendar)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<RenderedPage>>>(key, entry)); // a failed rendering is not kept
            throw;
        }
    }

    /// <summary>
    /// Everything the content depends on: the scorecard (its id and version, which every edit bumps), the list the picker
    /// offers, the page's parameters, today's date (the week in progress, the quarters offered), and the two reports
    /// shown (each computed once per data version and kept, so their version and computing instant name them).
    /// </summary>
    string Key(GridView view, string? week, string? quarter, ReportingCalendar calendar) =>
        string.Join('|', view.Scorecard.CacheKey, string.Join(',', view.Scorecards.Select(s => s.CacheKey)), week?.Trim(), quarter?.Trim(),
            calendar.LocalDate(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Stamp(view.Report), Stamp(view.QuarterReport));

    static string Stamp(Scorecard.Reports.Report r) => string.Create(CultureInfo.InvariantCulture, $"{r.DataVersion}@{r.ComputedUtc.Ticks}");

    async Task<RenderedPage> RenderAsync(GridView? view, string? problem, ReportingCalendar calendar)
    {
        Interlocked.Increment(ref renders);
        // Its own scope: the renderer asks for scoped services, and the content must not see the viewer's.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ScorecardPageBody>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ScorecardPageBody.View)] = view,
                [nameof(ScorecardPageBody.Problem)] = problem,
                [nameof(ScorecardPageBody.Calendar)] = calendar,
            }));
            return output.ToHtmlString();
        });
        // The oldest data version the numbers come from (a report computed while the data moved names its own).
        var version = view is null ? long.MinValue : Math.Min(view.Report.DataVersion, view.QuarterReport.DataVersion);
        return new RenderedPage(view is null ? "Scorecard" : $"Scorecard: {view.Scorecard.Name}", new MarkupString(html), version);
    }
}

/// <summary>The page's title and content as HTML, and the oldest data version its numbers come from.</summary>
public sealed record RenderedPage(string Title, MarkupString Html, long DataVersion);
