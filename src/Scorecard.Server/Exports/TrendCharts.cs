using Scorecard.Metrics;
using PdfSharp.Drawing;

namespace Scorecard.Server.Exports;

/// <summary>Small multiples: one line chart per measurable over the report's periods, with the goal as a dashed line.</summary>
static class TrendCharts
{
    public static void Draw(XGraphics gfx, ExportTable table, XRect area)
    {
        var title = new XFont(DejaVuFontResolver.Family, 12, XFontStyleEx.Bold);
        var label = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
        gfx.DrawString("Trend", title, XBrushes.Black, new XPoint(area.X, area.Y + 12));
        var columns = table.Series.Count <= 4 ? 2 : 3;
        var rows = (int)Math.Ceiling(table.Series.Count / (double)columns);
        var cellWidth = area.Width / columns;
        var cellHeight = (area.Height - 24) / Math.Max(rows, 1);
        for (var i = 0; i < table.Series.Count; i++)
        {
            var box = new XRect(area.X + (i % columns * cellWidth) + 6, area.Y + 24 + (i / columns * cellHeight) + 6, cellWidth - 12, cellHeight - 12);
            Chart(gfx, table.Series[i], table.PeriodLabels, box, label);
        }
    }

    static void Chart(XGraphics gfx, ExportSeries series, IReadOnlyList<string> periods, XRect box, XFont font)
    {
        gfx.DrawRectangle(new XPen(XColors.LightGray, 0.5), box);
        gfx.DrawString(series.Name, new XFont(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold), XBrushes.Black, new XPoint(box.X + 6, box.Y + 12));
        var plot = new XRect(box.X + 36, box.Y + 20, box.Width - 46, box.Height - 36);
        var values = series.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (values.Count == 0)
        {
            gfx.DrawString("no values", font, XBrushes.Gray, new XPoint(plot.X, plot.Y + 12));
            return;
        }

        var all = series.Goal is { } g ? values.Append(g).ToList() : values;
        var (min, max) = (Math.Min(0, all.Min()), all.Max());
        if (max <= min)
        {
            max = min + 1;
        }

        double Y(double v) => plot.Bottom - ((v - min) / (max - min) * plot.Height);
        double X(int i) => plot.X + (periods.Count <= 1 ? plot.Width / 2 : i * plot.Width / (periods.Count - 1));
        gfx.DrawLine(new XPen(XColors.Gray, 0.5), plot.BottomLeft, plot.BottomRight);
        gfx.DrawString(Format(max, series.Unit), font, XBrushes.Gray, new XRect(box.X, plot.Y - 4, 32, 8), XStringFormats.CenterRight);
        gfx.DrawString(Format(min, series.Unit), font, XBrushes.Gray, new XRect(box.X, plot.Bottom - 4, 32, 8), XStringFormats.CenterRight);
        if (series.Goal is { } goal)
        {
            gfx.DrawLine(new XPen(XColor.FromArgb(unchecked((int)0xFF2E8B57)), 0.8) { DashStyle = XDashStyle.Dash }, plot.X, Y(goal), plot.Right, Y(goal));
        }

        var line = new XPen(XColor.FromArgb(unchecked((int)0xFF2457C5)), 1.4);
        XPoint? previous = null;
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } v)
            {
                previous = null;
                continue;
            }

            var point = new XPoint(X(i), Y(v));
            if (previous is { } p)
            {
                gfx.DrawLine(line, p, point);
            }

            gfx.DrawEllipse(new XSolidBrush(line.Color), point.X - 1.5, point.Y - 1.5, 3, 3);
            previous = point;
        }

        if (periods.Count > 0)
        {
            gfx.DrawString(periods[0], font, XBrushes.Gray, new XPoint(plot.X, plot.Bottom + 9));
            gfx.DrawString(periods[^1], font, XBrushes.Gray, new XRect(plot.Right - 60, plot.Bottom + 2, 60, 9), XStringFormats.CenterRight);
        }
    }

    static string Format(double v, MetricUnit unit) => unit == MetricUnit.Rate
        ? (v * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%"
        : v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
