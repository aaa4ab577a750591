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
/// to HTML once per scorecard, period, day and data version, and kept. It holds nothing about the viewer: the
/// layout around it (who is signed in, the sign-out form's antiforgery token) is rendered for each request. Under
/// load rendering the grid's few hundred cells was most of a page view's cost. An entry is used only while its
/// data version is at least the current one, so the page never shows numbers older than the data-version it
/// names; at most <see cref="MaxEntries"/> are held.
/// </summary>
public sealed class ScorecardPageMarkup(CurrentDataVersion dataVersion, TimeProvider clock, IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public const int MaxEntries = 256;

    readonly ConcurrentDictionary<string, RenderedPage> entries = new();

    /// <summary>How many times the content was rendered rather than taken from memory (for tests).</summary>
    public long Renders => Interlocked.Read(ref renders);

    long renders;

    public async Task<RenderedPage> GetAsync(ScorecardPageData data, string? scorecard, string? queue, string? week, string? quarter,
        CancellationToken ct)
    {
        string key;
        long version;
        try
        {
            // The version is read before the reports: whatever is rendered below was computed at it or later.
            var versionRead = dataVersion.ReadAsync(ct);
            var all = await data.ListAsync(ct);
            key = Key(all, await data.ResolveAsync(scorecard, queue, all, ct), week, quarter, data.Calendar);
            version = await versionRead;
        }
        catch (PageInputException e)
        {
            return await RenderAsync(null, e.Message, data.Calendar);
        }

        if (entries.TryGetValue(key, out var kept) && kept.DataVersion >= version)
        {
            return kept;
        }

        GridView view;
        try
        {
            view = await data.LoadAsync(scorecard, queue, week, quarter, ct);
        }
        catch (PageInputException e)
        {
            return await RenderAsync(null, e.Message, data.Calendar); // a wrong link: cheap, and not worth keeping
        }

        var rendered = await RenderAsync(view, null, data.Calendar);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries.AddOrUpdate(key, rendered, (_, old) => old.DataVersion > rendered.DataVersion ? old : rendered);
        return rendered;
    }

    /// <summary>
    /// Everything the content depends on besides the data: the scorecard (its id and version, which every edit bumps), the
    /// list the picker offers, the page's parameters, and today's date (the week in progress, the quarters offered).
    /// </summary>
    string Key(IReadOnlyList<ScorecardDefinition> all, ScorecardDefinition current, string? week, string? quarter, ReportingCalendar calendar) =>
        string.Join('|', current.CacheKey, string.Join(',', all.Select(s => s.CacheKey)), week?.Trim(), quarter?.Trim(),
            calendar.LocalDate(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

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
        // A report computed while the data moved may be older than the version read above: it names its own version.
        var version = view is null ? long.MinValue : Math.Min(view.Report.DataVersion, view.QuarterReport.DataVersion);
        return new RenderedPage(view is null ? "Scorecard" : $"Scorecard: {view.Scorecard.Name}", new MarkupString(html), version);
    }
}

/// <summary>The page's title and content as HTML, and the oldest data version its numbers come from.</summary>
public sealed record RenderedPage(string Title, MarkupString Html, long DataVersion);
