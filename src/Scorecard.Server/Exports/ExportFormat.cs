using Scorecard.Server.Api;

namespace Scorecard.Server.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
}

/// <summary>Reads a format name and writes a table in it, with the content type and file name that go with it.</summary>
public static class ExportFormats
{
    public static ExportFormat Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        "pdf" => ExportFormat.Pdf,
        _ => throw ProblemException.BadRequest($"format must be csv, xlsx or pdf; got '{format}'."),
    };

    public static string ContentType(ExportFormat f) => f switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/pdf",
    };

    public static string FileName(ExportTable table, ExportFormat f) => $"{table.FileStem}.{f.ToString().ToLowerInvariant()}";

    public static byte[] Write(ExportTable table, ExportFormat f, string? fontFolder) => f switch
    {
        ExportFormat.Csv => CsvExport.Write(table),
        ExportFormat.Xlsx => XlsxExport.Write(table),
        _ => PdfExport.Write(table, fontFolder),
    };
}
