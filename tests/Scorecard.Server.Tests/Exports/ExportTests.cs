using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Scorecard.Server.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Scorecard.Server.Tests.Exports;

/// <summary>Exports parsed back (CSV and XLSX read, PDF text extracted) and checked against the API's own numbers.</summary>
[Collection(SyncedCollection.Name)]
public sealed class ExportTests(SyncedScorecard fx)
{
    const string Grid = "/api/v1/scorecards/roc/grid?weeks=4&week=47&year=2026";
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_grid_as_csv_has_the_apis_numbers_and_a_name_that_says_scorecard_and_period()
    {
        using var http = fx.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>(Grid, Ct);
        using var response = await http.GetAsync(Grid.Replace("/grid?", "/grid/export?format=csv&", StringComparison.Ordinal), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("roc-grid-2026-W44..2026-W47.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = CsvText.Rows(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["Measurable", "Owner", "Goal", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "Average", "Total"], rows[0]);

        var measurables = api.GetProperty("metrics").EnumerateArray().Where(m => m.GetProperty("is_measurable").GetBoolean()).ToList();
        Assert.Equal(measurables.Count, rows.Count - 1);
        foreach (var (metric, row) in measurables.Zip(rows.Skip(1)))
        {
            Assert.Equal(metric.GetProperty("name").GetString(), row[0]);
            var cells = metric.GetProperty("cells").EnumerateArray().ToList();
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(Number(cells[i].GetProperty("value")), row[3 + i] == "" ? null : double.Parse(row[3 + i], CultureInfo.InvariantCulture));
            }

            Assert.Equal(Number(metric.GetProperty("average")), row[7] == "" ? null : double.Parse(row[7], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_grid_as_xlsx_keeps_numbers_and_goal_colours()
    {
        using var http = fx.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>(Grid, Ct);
        var bytes = await http.GetByteArrayAsync(Grid.Replace("/grid?", "/grid/export?format=xlsx&", StringComparison.Ordinal), Ct);

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        Assert.Equal("2026-W44", sheet.Cell(4, 4).GetString());
        var measurables = api.GetProperty("metrics").EnumerateArray().Where(m => m.GetProperty("is_measurable").GetBoolean()).ToList();
        var coloured = 0;
        for (var r = 0; r < measurables.Count; r++)
        {
            Assert.Equal(measurables[r].GetProperty("name").GetString(), sheet.Cell(5 + r, 1).GetString());
            var cells = measurables[r].GetProperty("cells").EnumerateArray().ToList();
            for (var c = 0; c < 4; c++)
            {
                var cell = sheet.Cell(5 + r, 4 + c);
                if (Number(cells[c].GetProperty("value")) is { } expected)
                {
                    Assert.Equal(expected, cell.GetDouble(), 9);
                }

                var status = cells[c].GetProperty("status").GetString();
                var fill = cell.Style.Fill.BackgroundColor.Color.ToArgb() & 0xFFFFFF;
                var want = status switch { "green" => 0xD9F2E0, "yellow" => 0xFFF3C4, "red" => 0xFBD9D7, _ => -1 };
                if (want >= 0)
                {
                    Assert.Equal(want, fill);
                    coloured++;
                }
            }
        }

        Assert.True(coloured > 0, "some finished weeks have a goal colour");
    }

    [Fact]
    public async Task The_quarter_as_pdf_carries_the_numbers_and_a_trend_chart_page()
    {
        using var http = fx.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/quarter?quarter=4&year=2026", Ct);
        using var response = await http.GetAsync("/api/v1/scorecards/roc/quarter/export?format=pdf&quarter=4&year=2026", Ct);
        if (!Directory.Exists("/usr/share/fonts/truetype/dejavu"))
        {
            RequiredTools.SkipOrFail("DejaVu fonts are not installed (apt-get install fonts-dejavu-core).");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("ROC: Quarter", text, StringComparison.Ordinal);
        Assert.Contains("2026-Q4", text, StringComparison.Ordinal);
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.Contains("Trend", pdf.GetPage(pdf.NumberOfPages).Text, StringComparison.Ordinal);
        var opened = api.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "tickets_opened");
        foreach (var cell in opened.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number))
        {
            Assert.Contains(cell.GetProperty("value").GetDouble().ToString("0.#", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_drill_down_export_lists_every_record_behind_the_cell()
    {
        using var http = fx.App.CreateClient();
        var cell = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/drilldown?metric=tickets_opened&period=2026-W46", Ct);
        var csv = await http.GetStringAsync("/api/v1/scorecards/roc/drilldown/export?metric=tickets_opened&period=2026-W46&format=csv", Ct);
        var rows = CsvText.Rows(csv);

        Assert.Equal("id", rows[0][0]);
        Assert.True(cell.GetProperty("total_records").GetInt32() > 0);
        Assert.Equal(cell.GetProperty("total_records").GetInt32(), rows.Count - 1);
        Assert.Equal(cell.GetProperty("value").GetDouble(), rows.Count - 1);
        var xlsx = await http.GetByteArrayAsync("/api/v1/scorecards/roc/drilldown/export?metric=tickets_opened&period=2026-W46&format=xlsx", Ct);
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal(rows.Count - 1, book.Worksheet(1).LastRowUsed().RowNumber() - 4);
    }

    [Theory]
    [InlineData("/api/v1/scorecards/roc/grid/export?format=docx", 400, "format must be csv, xlsx or pdf")]
    [InlineData("/api/v1/scorecards/roc/grid/export?weeks=0", 400, "weeks must be a whole number")]
    [InlineData("/api/v1/scorecards/roc/drilldown/export?metric=nope&period=2026-W46", 400, "is not a metric")]
    [InlineData("/api/v1/scorecards/no-such-card/grid/export", 404, "no-such-card")]
    public async Task A_bad_export_request_is_a_problem(string url, int status, string expected)
    {
        using var http = fx.App.CreateClient();
        using var response = await http.GetAsync(url, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
