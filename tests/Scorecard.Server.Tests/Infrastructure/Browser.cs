using Microsoft.Playwright;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Headless Debian Chromium through Playwright; records content-security-policy violations a page causes.</summary>
public sealed class Browser : IAsyncDisposable
{
    const string Chromium = "/usr/bin/chromium";
    IPlaywright? playwright;
    IBrowser? browser;

    public List<string> CspViolations { get; } = [];

    public async Task<IPage> OpenAsync(Uri url, string? bearerKey = null)
    {
        if (!File.Exists(Chromium))
        {
            RequiredTools.SkipOrFail($"Chromium is not installed at {Chromium} (apt-get install chromium).");
        }

        playwright ??= await Playwright.CreateAsync();
        browser ??= await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var headers = bearerKey is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearerKey}" };
        var page = await browser.NewPageAsync(new() { ExtraHTTPHeaders = headers });
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (CspViolations)
                {
                    CspViolations.Add(m.Text);
                }
            }
        };
        var response = await page.GotoAsync(url.ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
