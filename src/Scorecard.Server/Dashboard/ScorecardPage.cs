using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Scorecard.Goals;
using Scorecard.Periods;
using Scorecard.Reports;

namespace Scorecard.Server.Dashboard;

/// <summary>Renders the scorecard as plain HTML. Everything that came from Autotask is HTML-encoded.</summary>
static class ScorecardPage
{
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(Report report, ReportingCalendar calendar, DateTime? lastSync)
    {
        var sb = new StringBuilder(16_384);
        var title = $"Scorecard: {report.Scorecard.Name}";
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (lastSync is null)
        {
            sb.Append("<meta http-equiv=\"refresh\" content=\"10\">"); // first sync still running
        }

        sb.Append("<title>").Append(Html.Encode(title)).Append("</title><link rel=\"stylesheet\" href=\"/css/scorecard.css\"></head><body>");
        sb.Append("<header><h1>").Append(Html.Encode(title)).Append("</h1><p class=\"meta\">Weeks start ")
          .Append(calendar.WeekStart == DayOfWeek.Monday ? "Monday (ISO)" : "Sunday").Append(", time zone ")
          .Append(Html.Encode(calendar.Zone.Id)).Append(". Last sync: <span id=\"last-sync\">")
          .Append(lastSync is { } s ? s.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "in progress…")
          .Append("</span></p>");
        foreach (var warning in report.Warnings)
        {
            sb.Append("<p class=\"warning\">").Append(Html.Encode(warning)).Append("</p>");
        }

        sb.Append("</header>");

        sb.Append("<table id=\"scorecard\"><thead><tr><th scope=\"col\">Measurable</th><th scope=\"col\">Goal</th>");
        foreach (var w in report.Columns)
        {
            sb.Append("<th scope=\"col\" title=\"").Append(Iso(w.Period.Start)).Append(" to ").Append(Iso(w.Period.LastDay)).Append("\">W")
              .Append(w.Period.Number).Append("<br><small>").Append(w.Period.Start.ToString("MMM d", CultureInfo.InvariantCulture))
              .Append("</small>").Append(w.InProgress ? "<br><small class=\"partial\">in progress</small>" : "").Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in report.MeasurableRows)
        {
            sb.Append("<tr data-metric=\"").Append(row.Metric.Id).Append("\"><th scope=\"row\"><details><summary>")
              .Append(Html.Encode(row.Metric.Name)).Append("</summary><p>").Append(Html.Encode(row.Metric.Definition)).Append("</p></details></th>")
              .Append("<td class=\"goal\">").Append(GoalText(row)).Append("</td>");
            foreach (var (cell, column) in row.Cells.Zip(report.Columns))
            {
                var status = cell.Status == GoalStatus.None ? "none" : cell.Status.ToString().ToLowerInvariant();
                sb.Append("<td class=\"cell ").Append(status).Append(cell.InProgress ? " partial" : "")
                  .Append("\" data-status=\"").Append(status).Append("\" data-week=\"").Append(column.Period.Number)
                  .Append("\">").Append(Html.Encode(row.Metric.Format(cell.Value))).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table><p class=\"legend\"><span class=\"cell green\">goal met</span> ")
          .Append("<span class=\"cell yellow\">missed by up to the tolerance</span> <span class=\"cell red\">missed</span> ")
          .Append("The week in progress is not coloured.</p></body></html>");
        return sb.ToString();
    }

    static string GoalText(ReportRow row) => row.Measurable?.Goal is not { } g ? "–"
        : (g.Direction == GoalDirection.AtLeast ? "≥ " : "≤ ") + Html.Encode(row.Metric.Format(g.Target));

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
