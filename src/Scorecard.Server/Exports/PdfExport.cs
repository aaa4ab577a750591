using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Scorecard.Server.Exports;

/// <summary>A landscape PDF: the table with goal colours, then a trend chart of each measurable with its goal line.</summary>
static class PdfExport
{
    const double Margin = 36, RowHeight = 16;

    public static byte[] Write(ExportTable table, string? fontFolder)
    {
        DejaVuFontResolver.EnsureInstalled(fontFolder);
        var document = new PdfDocument();
        document.Info.Title = table.Title;
        var font = new XFont(DejaVuFontResolver.Family, 7.5, XFontStyleEx.Regular);
        var bold = new XFont(DejaVuFontResolver.Family, 7.5, XFontStyleEx.Bold);
        var (page, gfx) = NewPage(document);
        var y = Heading(gfx, table);
        var widths = ColumnWidths(table, page.Width.Point - (2 * Margin));

        y = Row(gfx, table.Headers.Select(h => new ExportCell(h)).ToList(), widths, y, bold, header: true);
        foreach (var row in table.Rows)
        {
            if (y + RowHeight > page.Height.Point - Margin)
            {
                gfx.Dispose();
                (page, gfx) = NewPage(document);
                y = Row(gfx, table.Headers.Select(h => new ExportCell(h)).ToList(), widths, Margin, bold, header: true);
            }

            y = Row(gfx, row, widths, y, font, header: false);
        }

        if (table.Series.Count > 0)
        {
            gfx.Dispose();
            (page, gfx) = NewPage(document);
            TrendCharts.Draw(gfx, table, new XRect(Margin, Margin, page.Width.Point - (2 * Margin), page.Height.Point - (2 * Margin)));
        }

        gfx.Dispose();
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    }

    static (PdfPage, XGraphics) NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        return (page, XGraphics.FromPdfPage(page));
    }

    static double Heading(XGraphics gfx, ExportTable table)
    {
        gfx.DrawString(table.Title, new XFont(DejaVuFontResolver.Family, 14, XFontStyleEx.Bold), XBrushes.Black, new XPoint(Margin, Margin + 12));
        gfx.DrawString(table.Subtitle, new XFont(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular), XBrushes.DimGray, new XPoint(Margin, Margin + 28));
        return Margin + 40;
    }

    /// <summary>Shares the width by the longest text of each column, so a title column gets room and numbers stay narrow.</summary>
    static double[] ColumnWidths(ExportTable table, double total)
    {
        var wants = table.Headers.Select((h, i) => (double)Math.Clamp(
            table.Rows.Select(r => i < r.Count ? r[i].Text.Length : 0).Append(h.Length).Max(), 4, 40)).ToArray();
        var sum = wants.Sum();
        return wants.Select(w => total * w / sum).ToArray();
    }

    static double Row(XGraphics gfx, IReadOnlyList<ExportCell> cells, double[] widths, double y, XFont font, bool header)
    {
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : new ExportCell("");
            var rect = new XRect(x, y, widths[i], RowHeight);
            var fill = header ? "#F1F3F6" : ExportTable.Colour(cell.Status);
            if (fill is not null)
            {
                gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(Convert.ToInt32(fill[1..], 16) | unchecked((int)0xFF000000))), rect);
            }

            gfx.DrawRectangle(new XPen(XColors.LightGray, 0.5), rect);
            var text = Fit(gfx, cell.Text, font, widths[i] - 4);
            gfx.DrawString(text, font, XBrushes.Black, new XRect(x + 2, y, widths[i] - 4, RowHeight),
                cell.Number is not null ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
            x += widths[i];
        }

        return y + RowHeight;
    }

    static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        while (text.Length > 1 && gfx.MeasureString(text + "…", font).Width > width)
        {
            text = text[..^1];
        }

        return text + "…";
    }
}
