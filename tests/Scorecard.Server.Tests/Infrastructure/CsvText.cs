using CsvHelper;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Reads an exported CSV file back, every row including the header, as a spreadsheet would open it.</summary>
public static class CsvText
{
    public static List<string[]> Rows(string text)
    {
        // CsvHelper 34's reader over text takes the first row as a header unless told otherwise.
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }

        return rows;
    }
}
