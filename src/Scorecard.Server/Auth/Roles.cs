namespace Scorecard.Server.Auth;

/// <summary>The roles a user or an API key has: each includes the ones before it.</summary>
public static class Roles
{
    /// <summary>Reads scorecards, tickets and exports.</summary>
    public const string Viewer = "viewer";

    /// <summary>Also edits scorecards and goals.</summary>
    public const string Editor = "editor";

    /// <summary>Also manages users, API keys, settings and the sync.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Editor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    public static string Describe => string.Join(", ", All);
}

/// <summary>Policy names other features use: <c>.RequireAuthorization(Policies.Editor)</c>.</summary>
public static class Policies
{
    /// <summary>Any signed-in user or key with a role; the fallback for every endpoint that says nothing.</summary>
    public const string Viewer = "viewer";

    public const string Editor = "editor";

    public const string Admin = "admin";
}
