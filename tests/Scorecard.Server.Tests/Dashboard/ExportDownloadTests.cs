using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Scorecard.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>The download links of the grid, the quarter and the drill-down: files named after scorecard and period, holding what the page and the API show.</summary>
public sealed class ExportDownloadTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_grid_downloads_as_csv_with_the_apis_numbers_and_the_quarter_as_xlsx_and_pdf()
    {
        using var http = site.App.CreateClient();
        var api = await http.GetFromJsonAsync<JsonElement>("/api/v1/scorecards/roc/grid?weeks=13&week=48&year=2026", Ct);
        var watched = await site.Browser.OpenAsync("/scorecard", DashboardSite.Viewer);
        var page = watched.Page;

        var csv = await DownloadAsync(page, "#export-grid a[data-format=csv]");
        Assert.Equal("roc-grid-2026-W36..2026-W48.csv", csv.Name);
        var rows = CsvText.Rows(Encoding.UTF8.GetString(csv.Bytes));
        Assert.Equal("2026-W36", rows[0][3]);
        var measurables = api.GetProperty("metrics").EnumerateArray().Where(m => m.GetProperty("is_measurable").GetBoolean()).ToList();
        Assert.Equal(4, measurables.Count);
        Assert.Equal(measurables.Count, rows.Count - 1);
        foreach (var (metric, row) in measurables.Zip(rows.Skip(1)))
        {
            Assert.Equal(metric.GetProperty("name").GetString(), row[0]);
            var cells = metric.GetProperty("cells").EnumerateArray().Select(c => Number(c.GetProperty("value"))).ToList();
            Assert.Equal(13, cells.Count);
            Assert.Equal(cells, row.Skip(3).Take(13).Select(Parse).ToList());
            Assert.Equal(Number(metric.GetProperty("average")), Parse(row[16]));
        }

        var xlsx = await DownloadAsync(page, "#export-quarter a[data-format=xlsx]");
        Assert.Equal("roc-quarter-2026-Q4.xlsx", xlsx.Name);
        using (var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(xlsx.Bytes)))
        {
            Assert.Equal(measurables[0].GetProperty("name").GetString(), book.Worksheet(1).Cell(5, 1).GetString());
        }

        var pdf = await DownloadAsync(page, "#export-quarter a[data-format=pdf]");
        Assert.Equal("roc-quarter-2026-Q4.pdf", pdf.Name);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf.Bytes, 0, 4));
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    [Fact]
    public async Task The_drill_down_downloads_the_list_as_shown_searched_and_sorted()
    {
        var watched = await site.Browser.OpenAsync("/scorecard/drill?scorecard=roc&metric=tickets_opened&period=2026-W46", DashboardSite.Viewer);
        var page = watched.Page;
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(); // the list is live
        var everything = await DownloadAsync(page, "#export-records a[data-format=csv]");
        Assert.Equal("roc-tickets_opened-2026-W46-records.csv", everything.Name);
        var all = CsvText.Rows(Encoding.UTF8.GetString(everything.Bytes));
        Assert.Equal(int.Parse(await page.Locator("#drill-total").InnerTextAsync(), CultureInfo.InvariantCulture), all.Count - 1);

        // Search for a company that some of the week's tickets have, then sort by ticket number, newest first.
        var company = (await page.Locator("#records tr.rz-data-row td:nth-child(3)").AllInnerTextsAsync()).Select(c => c.Trim()).First(c => c.Length > 3);
        await page.FillAsync("#records-search", company);
        await page.ClickAsync("#records th:has-text('Ticket') .rz-column-title");
        await page.ClickAsync("#records th:has-text('Ticket') .rz-column-title");
        await Expect(page.Locator("#export-records a[data-format=csv]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("sort=ticket_number&desc=true"));
        var shown = (await page.Locator("#records tr.rz-data-row td:first-child").AllInnerTextsAsync()).Select(s => s.Trim()).ToList();
        var shownCount = int.Parse((await page.Locator("#records-shown").InnerTextAsync()).Split(' ')[0], CultureInfo.InvariantCulture);

        var filtered = CsvText.Rows(Encoding.UTF8.GetString((await DownloadAsync(page, "#export-records a[data-format=csv]")).Bytes));

        Assert.True(shownCount > 0 && shownCount < all.Count - 1, $"{shownCount} of {all.Count - 1} tickets match '{company}'");
        Assert.Equal(shownCount, filtered.Count - 1);
        var numbers = filtered.Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(shown, numbers.Take(shown.Count).ToList());
        Assert.Equal(numbers.OrderByDescending(n => n, StringComparer.Ordinal).ToList(), numbers);
        watched.AssertNoProblems();
        await watched.CloseAsync();
    }

    static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link), new() { Timeout = DashboardBrowser.Timeout });
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path, Ct));
    }

    static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;

    static double? Parse(string text) => text == "" ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
