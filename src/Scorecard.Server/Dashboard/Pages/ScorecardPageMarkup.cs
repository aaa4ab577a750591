using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Scorecard.Definitions;
using Scorecard.Periods;
using Scorecard.Server.Caching;

namespace Scorecard.Server.Dashboard.Pages;

/// <summary>
/// The scorecard page's content (<see cref="ScorecardPageBody"/>: heading, picker, periods, grid, exports) rendered
/// to HTML once per scorecard, period, day and pair of reports it shows, and kept. It holds nothing about the viewer:
/// the layout around it (who is signed in, the sign-out form's antiforgery token) is rendered for each request. Under
/// load rendering the grid's few hundred cells was most of a page view's cost.
/// <para>
/// A view first looks for content rendered from reports at least as new as the current data version (one shared
/// read): the common case, and nothing else is read. Otherwise it asks for the reports (from memory, or at most
/// <c>FreshWait</c> for new ones) and takes the rendering of exactly those reports, which views arriving together
/// share: a new data version costs one rendering, not one per viewer. Content rendered from reports older than the
/// data (a recomputation still running) is served but not kept as current, so the next view looks again. At most
/// <see cref="MaxEntries"/> of each are held.
/// </para>
/// </summary>
public sealed class ScorecardPageMarkup(CurrentDataVersion dataVersion, TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public const int MaxEntries = 256;

    readonly ConcurrentDictionary<string, RenderedPage> current = new();
    readonly ConcurrentDictionary<string, Lazy<Task<RenderedPage>>> renderings = new();

    /// <summary>How many times the content was rendered rather than taken from memory (for tests).</summary>
    public long Renders => Interlocked.Read(ref renders);

    long renders;

    public async Task<RenderedPage> GetAsync(ScorecardPageData data, string? scorecard, string? queue, string? week, string? quarter,
        CancellationToken ct)
    {
        string key;
        long version;
        IReadOnlyList<ScorecardDefinition> all;
        ScorecardDefinition shown;
        try
        {
            // The version is read before the reports: whatever is rendered below was computed at it or later.
            var versionRead = dataVersion.ReadAsync(ct);
            all = await data.ListAsync(ct);
            shown = await data.ResolveAsync(scorecard, queue, all, ct);
            key = Key(all, shown, week, quarter, data.Calendar);
            version = await versionRead;
        }
        catch (PageInputException e)
        {
            return await RenderAsync(null, e.Message, data.Calendar);
        }

        if (current.TryGetValue(key, out var kept) && kept.DataVersion >= version)
        {
            return kept;
        }

        GridView view;
        try
        {
            view = await data.LoadAsync(shown, all, week, quarter, ct);
        }
        catch (PageInputException e)
        {
            return await RenderAsync(null, e.Message, data.Calendar); // a wrong link: cheap, and not worth keeping
        }

        var rendered = await RenderOnceAsync($"{key}|{Stamp(view.Report)}|{Stamp(view.QuarterReport)}", view, data.Calendar, ct);
        if (rendered.DataVersion >= version)
        {
            Bound(current);
            current.AddOrUpdate(key, rendered, (_, old) => old.DataVersion > rendered.DataVersion ? old : rendered);
        }

        return rendered;
    }

    /// <summary>One rendering per pair of reports, shared by the views that want it; a failed one is not kept.</summary>
    async Task<RenderedPage> RenderOnceAsync(string key, GridView view, ReportingCalendar calendar, CancellationToken ct)
    {
        Bound(renderings);
        var entry = renderings.GetOrAdd(key, _ => new Lazy<Task<RenderedPage>>(() => RenderAsync(view, null, calendar)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            renderings.TryRemove(new KeyValuePair<string, Lazy<Task<RenderedPage>>>(key, entry));
            throw;
        }
    }

    static void Bound<T>(ConcurrentDictionary<string, T> entries)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }

    /// <summary>
    /// Everything the content depends on besides the data: the scorecard (its id and version, which every edit bumps), the
    /// list the picker offers, the page's parameters, and today's date (the week in progress, the quarters offered).
    /// </summary>
    string Key(IReadOnlyList<ScorecardDefinition> all, ScorecardDefinition shown, string? week, string? quarter, ReportingCalendar calendar) =>
        string.Join('|', shown.CacheKey, string.Join(',', all.Select(s => s.CacheKey)), week?.Trim(), quarter?.Trim(),
            calendar.LocalDate(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    // A report is computed once per data version and kept, so its version and computing instant name it.
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
