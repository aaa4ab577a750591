namespace Scorecard.Server.Api;

/// <summary>
/// Headers every response carries. The content security policy allows only the server's own
/// files: pages keep their scripts and styles in <c>wwwroot</c>, never inline.
/// </summary>
static class SecurityHeaders
{
    /// <remarks>
    /// <c>style-src-attr 'unsafe-inline'</c>: the dashboard's components (Radzen's grid and charts, Blazor's DOM
    /// updates) size and place elements with style attributes. An attribute cannot run script, and markup cannot
    /// be injected (every external text is encoded), so this is the narrow exception; style elements and scripts
    /// stay limited to the server's own files.
    /// </remarks>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (Scalar) starts with one inline script, allowed by a per-request
    /// nonce, and builds its styles at run time, so it gets inline styles.
    /// </summary>
    public static string ReferencePagePolicy(string? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (ctx.Request.Path.StartsWithSegments("/scalar"))
        {
            // The page's nonce is made when the endpoint runs, after this; set the policy as the answer starts.
            ctx.Response.OnStarting(() =>
            {
                headers.ContentSecurityPolicy = ReferencePagePolicy(ctx.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] as string);
                return Task.CompletedTask;
            });
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(ctx);
    });
}
