using System.Globalization;
using System.Text;
using CsvHelper;

namespace Scorecard.Server.Exports;

/// <summary>CSV (RFC 4180, UTF-8 with BOM so Excel reads accents): raw numbers, rates as fractions 0–1 like the API.</summary>
static class CsvExport
{
    public static byte[] Write(ExportTable table)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Headers]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row.Select(Field)]);
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    static string Field(ExportCell c) => c.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : c.Text;
}
