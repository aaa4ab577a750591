using Microsoft.Playwright;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>
/// Headless Debian Chromium signed in as a given account, at a given screen size. Every page it opens
/// records console errors, uncaught exceptions and content-security-policy violations, so a test can
/// assert there were none; screenshots go to the folder the README names.
/// </summary>
public sealed class DashboardBrowser(Uri baseUrl) : IAsyncDisposable
{
    const string Chromium = "/usr/bin/chromium";

    public static readonly ViewportSize Desktop = new() { Width = 1440, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Wallboard = new() { Width = 1920, Height = 1080 };

    /// <summary>Every wait in these tests ends within this.</summary>
    public const float Timeout = 15_000;

    IPlaywright? playwright;
    IBrowser? browser;

    static DashboardBrowser() => Assertions.SetDefaultExpectTimeout(Timeout);

    public Uri BaseUrl => baseUrl;

    /// <summary>Signs in through the sign-in form (as a person would) and opens <paramref name="path"/>.</summary>
    public async Task<WatchedPage> OpenAsync(string path, string? userName, ViewportSize? size = null, bool isMobile = false)
    {
        var context = await NewContextAsync(size ?? Desktop, isMobile);
        var page = new WatchedPage(await context.NewPageAsync());
        if (userName is not null)
        {
            await page.Page.GotoAsync(Url("/signin?returnUrl=" + Uri.EscapeDataString(path)));
            await page.Page.FillAsync("input[name=userName]", userName);
            await page.Page.FillAsync("input[name=password]", DashboardSite.Password);
            await page.Page.ClickAsync("button[type=submit]");
            // The new page and everything it loads: given longer than an assertion, as a full suite on two cores
            // once took over 15 s for it; a page that never loads still fails here.
            await page.Page.WaitForURLAsync(u => new Uri(u).AbsolutePath != "/signin", new() { Timeout = 4 * Timeout });
        }
        else
        {
            await page.Page.GotoAsync(Url(path));
        }

        return page;
    }

    public async Task<IBrowserContext> NewContextAsync(ViewportSize size, bool isMobile = false)
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
        var context = await browser.NewContextAsync(new() { ViewportSize = size, IsMobile = isMobile, HasTouch = isMobile, AcceptDownloads = true });
        context.SetDefaultTimeout(Timeout);
        return context;
    }

    public string Url(string path) => new Uri(baseUrl, path).ToString();

    /// <summary>Where screenshots go: <c>artifacts/screenshots/</c> at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scorecard.slnx")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
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

/// <summary>A page and what went wrong on it.</summary>
public sealed class WatchedPage
{
    readonly List<string> problems = [];

    public WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error" || m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (problems)
                {
                    problems.Add($"console {m.Type}: {m.Text}");
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (problems)
            {
                problems.Add($"page error: {e}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    /// <summary>Fails with every console error, uncaught exception and CSP violation the page had.</summary>
    public void AssertNoProblems() => Assert.True(Problems.Count == 0, string.Join(Environment.NewLine, Problems));

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(DashboardBrowser.ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task CloseAsync() => await Page.Context.CloseAsync();
}
