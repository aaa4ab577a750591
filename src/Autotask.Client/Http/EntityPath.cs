namespace Autotask.Client.Http;

/// <summary>Names the entity endpoint a request is for: the path segment after <c>V1.0/</c>.</summary>
static class EntityPath
{
    const string Version = "/V1.0/";

    public static string Of(Uri? uri)
    {
        var path = uri?.AbsolutePath ?? "";
        var at = path.IndexOf(Version, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return "(other)";
        }

        var rest = path.AsSpan(at + Version.Length);
        var slash = rest.IndexOf('/');
        return (slash < 0 ? rest : rest[..slash]).ToString();
    }

    /// <summary>The versioned root of <paramref name="uri"/>, e.g. <c>https://host/ATServicesRest/V1.0/</c>.</summary>
    public static Uri Root(Uri uri)
    {
        var path = uri.AbsolutePath;
        var at = path.IndexOf(Version, StringComparison.OrdinalIgnoreCase);
        return new UriBuilder(uri) { Path = at < 0 ? "/" : path[..(at + Version.Length)], Query = "" }.Uri;
    }
}
