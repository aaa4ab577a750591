using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Scorecard.Server.Auth.Pages;

/// <summary>
/// Minimal server-rendered pages for signing in and first-run setup. No inline script or style,
/// so they satisfy the content security policy; every value shown is HTML-encoded.
/// </summary>
static class AuthPage
{
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static IResult Render(HttpContext ctx, string title, string? error, string body, int status = StatusCodes.Status200OK)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(Html.Encode(title)).Append(" · Scorecard</title>")
          .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
          .Append("<link rel=\"stylesheet\" href=\"/css/auth.css\"></head><body>")
          .Append("<header class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\">▦</span> Scorecard</header>")
          .Append("<main><h1>").Append(Html.Encode(title)).Append("</h1>");
        if (error is not null)
        {
            sb.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>");
        }

        sb.Append(body).Append("</main><p class=\"foot\">The weekly scorecard for your Autotask service desk.</p></body></html>");
        ctx.Response.Headers.CacheControl = "no-store";
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Form(HttpContext ctx, string action, IEnumerable<string> fields, string button)
    {
        var tokens = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        var sb = new StringBuilder();
        sb.Append("<form method=\"post\" action=\"").Append(Html.Encode(action)).Append("\">")
          .Append("<input type=\"hidden\" name=\"").Append(Html.Encode(tokens.FormFieldName)).Append("\" value=\"")
          .Append(Html.Encode(tokens.RequestToken ?? "")).Append("\">");
        foreach (var f in fields)
        {
            sb.Append(f);
        }

        return sb.Append("<button type=\"submit\">").Append(Html.Encode(button)).Append("</button></form>").ToString();
    }

    public static string Input(string name, string label, string type = "text", string? value = null, string autocomplete = "off") =>
        $"<label>{Html.Encode(label)}<input name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\" value=\"{Html.Encode(value ?? "")}\" required></label>";

    public static string Hidden(string name, string? value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Encode(value ?? "")}\">";

    public static string Link(string href, string text, string cssClass = "") =>
        $"<p><a class=\"{cssClass}\" href=\"{Html.Encode(href)}\">{Html.Encode(text)}</a></p>";

    public static string Text(string text) => $"<p>{Html.Encode(text)}</p>";
}
