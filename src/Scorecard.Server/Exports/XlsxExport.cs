using ClosedXML.Excel;

namespace Scorecard.Server.Exports;

/// <summary>XLSX with the dashboard's goal colours on the cells; numbers stay numbers (rates as percentages).</summary>
static class XlsxExport
{
    public static byte[] Write(ExportTable table)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Scorecard");
        sheet.Cell(1, 1).Value = table.Title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = table.Subtitle;
        const int headerRow = 4;
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var cell = sheet.Cell(headerRow, c + 1);
            cell.Value = table.Headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#F1F3F6");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Rows[r].Count; c++)
            {
                Fill(sheet.Cell(headerRow + 1 + r, c + 1), table.Rows[r][c]);
            }
        }

        // Widths set by hand: AdjustToContents needs libgdiplus, which a server may not have.
        for (var c = 1; c <= table.Headers.Count; c++)
        {
            var longest = table.Rows.Select(row => c - 1 < row.Count ? row[c - 1].Text.Length : 0).Append(table.Headers[c - 1].Length).Max();
            sheet.Column(c).Width = Math.Clamp(longest + 2, 8, 60);
        }

        sheet.SheetView.FreezeRows(headerRow);
        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        return buffer.ToArray();
    }

    static void Fill(IXLCell cell, ExportCell value)
    {
        if (value.Number is { } n)
        {
            cell.SetValue(n);
            if (value.NumberFormat is { } format)
            {
                cell.Style.NumberFormat.Format = format;
            }
        }
        else
        {
            cell.SetValue(value.Text);
        }

        if (ExportTable.Colour(value.Status) is { } colour)
        {
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(colour);
        }
    }
}
