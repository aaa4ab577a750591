using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Server.Auth;
using Scorecard.Server.Dashboard.Pages;
using Scorecard.Server.Data;
using Scorecard.Server.Tests.Infrastructure;

namespace Scorecard.Server.Tests.Dashboard;

/// <summary>
/// The scorecard page's content is rendered once per data version and shared; the layout around it, which names
/// the viewer and holds their antiforgery token, is never shared. A viewer who looks again gets the whole page kept
/// for them (the response carries an <c>Age</c> header) until the data, the scorecards or the freshness change.
/// </summary>
public sealed partial class PageMarkupCacheTests : IAsyncLifetime
{
    const string Password = TestKeys.UserPassword;
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    readonly ScorecardApp app = AccountsApp.Create();

    public async ValueTask InitializeAsync()
    {
        await app.CreateUserAsync("alice.viewer", Password, Roles.Viewer);
        await app.CreateUserAsync("bob.viewer", Password, Roles.Viewer);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Two_viewers_get_the_same_content_each_with_their_own_name_and_token()
    {
        using var alice = await SignedInAsync("alice.viewer");
        using var bob = await SignedInAsync("bob.viewer");
        var markup = app.Services.GetRequiredService<ScorecardPageMarkup>();

        var alicePage = await alice.GetStringAsync("/scorecard", Ct);
        var rendersAfterFirst = markup.Renders;
        var bobPage = await bob.GetStringAsync("/scorecard", Ct);

        Assert.Equal(rendersAfterFirst, markup.Renders); // bob got the content alice's view rendered
        Assert.Equal(Content(alicePage), Content(bobPage));
        Assert.Contains("id=\"scorecard\"", Content(bobPage), StringComparison.Ordinal);
        Assert.Contains("alice.viewer", alicePage, StringComparison.Ordinal);
        Assert.DoesNotContain("alice.viewer", bobPage, StringComparison.Ordinal);
        Assert.Contains("bob.viewer", bobPage, StringComparison.Ordinal);
        Assert.NotEqual(Token(alicePage), Token(bobPage));
    }

    [Fact]
    public async Task New_data_renders_the_content_again_once_and_names_the_new_version()
    {
        using var alice = await SignedInAsync("alice.viewer");
        var markup = app.Services.GetRequiredService<ScorecardPageMarkup>();
        var before = await alice.GetStringAsync("/scorecard", Ct);
        var renders = markup.Renders;

        await BumpDataVersionAsync();

        // Eight views arriving together after the change share one rendering.
        var after = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => alice.GetStringAsync("/scorecard", Ct)));
        Assert.Equal(renders + 1, markup.Renders);
        Assert.All(after, page => Assert.Equal(GridVersion(before) + 1, GridVersion(page)));
        Assert.Equal(GridVersion(after[0]), GridVersion(await alice.GetStringAsync("/scorecard", Ct)));
        Assert.Equal(renders + 1, markup.Renders);
    }

    [Fact]
    public async Task A_wrong_parameter_still_says_what_was_wrong()
    {
        using var alice = await SignedInAsync("alice.viewer");
        var page = await alice.GetStringAsync("/scorecard?week=not-a-week", Ct);
        Assert.Contains("&#x27;not-a-week&#x27; is not a week such as 2026-W47.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_with_a_key_gets_the_kept_page_until_the_data_changes()
    {
        using var script = app.CreateClient();

        using var first = await script.GetAsync("/scorecard", Ct);
        using var second = await script.GetAsync("/scorecard", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second view was rendered again");
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        // A key has no form to protect: no antiforgery cookie is handed out, so nothing stops the page being kept.
        Assert.False(first.Headers.Contains("Set-Cookie"));

        await BumpDataVersionAsync();
        using var third = await script.GetAsync("/scorecard", Ct);
        Assert.False(third.Headers.Contains("Age"));
        Assert.Equal(GridVersion(await first.Content.ReadAsStringAsync(Ct)) + 1, GridVersion(await third.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task A_kept_page_is_never_shown_to_another_viewer_and_its_sign_out_form_still_works()
    {
        using var alice = await SignedInAsync("alice.viewer");
        using var bob = await SignedInAsync("bob.viewer");

        var aliceFirst = await alice.GetStringAsync("/scorecard", Ct);
        using var aliceAgain = await alice.GetAsync("/scorecard", Ct);
        using var bobView = await bob.GetAsync("/scorecard", Ct);
        var aliceKept = await aliceAgain.Content.ReadAsStringAsync(Ct);
        var bobPage = await bobView.Content.ReadAsStringAsync(Ct);

        Assert.True(aliceAgain.Headers.Contains("Age"), "alice's second view was rendered again");
        Assert.Equal(aliceFirst, aliceKept);
        Assert.False(bobView.Headers.Contains("Age"));
        Assert.Contains("bob.viewer", bobPage, StringComparison.Ordinal);
        Assert.DoesNotContain("alice.viewer", bobPage, StringComparison.Ordinal);

        // The token in the kept page pairs with alice's antiforgery cookie: signing out with it works.
        using var signOut = await alice.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(aliceKept),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        // Signed out, the kept page is not served: sign-in runs before the cache.
        using var afterSignOut = await alice.GetAsync("/scorecard", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
        Assert.DoesNotContain("alice.viewer", await afterSignOut.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_scorecard_shows_in_the_picker_at_once()
    {
        using var script = app.CreateClient();
        using var before = await script.GetAsync("/scorecard", Ct);
        using var kept = await script.GetAsync("/scorecard", Ct);
        Assert.True(kept.Headers.Contains("Age"), "the second view was rendered again");
        Assert.DoesNotContain("Night shift", await kept.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var created = await script.PostAsJsonAsync("/api/v1/scorecards", new { name = "Night shift" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var after = await script.GetAsync("/scorecard", Ct);
        Assert.False(after.Headers.Contains("Age"));
        Assert.Contains(">Night shift</option>", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    async Task BumpDataVersionAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ScorecardDbContext>>().CreateDbContextAsync(Ct);
        await DataVersion.BumpAsync(db, app.Clock.GetUtcNow().UtcDateTime, Ct);
    }

    async Task<HttpClient> SignedInAsync(string user)
    {
        var http = app.CreateAnonymousClient();
        using var signIn = await http.SignInAsync(user, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return http;
    }

    /// <summary>The page's content, without the layout around it.</summary>
    static string Content(string page) => page[page.IndexOf("<div class=\"page\" data-live>", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

    static string Token(string page) => FormToken().Match(page).Groups[1].Value is { Length: > 0 } t ? t : throw new InvalidOperationException("no token on the page");

    static long GridVersion(string page) => long.Parse(GridVersionAttribute().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("id=\"scorecard\" data-scorecard=\"[^\"]*\" data-version=\"([0-9]+)\"")]
    private static partial Regex GridVersionAttribute();
}
