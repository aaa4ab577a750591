using System.Data.Common;

namespace Scorecard.Server.Data;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Tells from <c>ConnectionStrings:Scorecard</c> which database it names.</summary>
public static class DatabaseProvider
{
    public const string DefaultConnectionString = "Data Source=data/scorecard.db";

    /// <summary>The kind and a connection string the provider accepts (a <c>postgres://</c> URL is converted).</summary>
    public static (DatabaseKind Kind, string ConnectionString) Detect(string? connectionString)
    {
        var cs = string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString.Trim();
        if (cs.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || cs.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return (DatabaseKind.Postgres, FromUrl(new Uri(cs)));
        }

        DbConnectionStringBuilder parsed;
        try
        {
            parsed = new DbConnectionStringBuilder { ConnectionString = cs };
        }
        catch (ArgumentException ex)
        {
            throw new Configuration.SettingsException($"ConnectionStrings:Scorecard is not a valid connection string: {ex.Message}", ex);
        }

        if (parsed.ContainsKey("Host"))
        {
            return (DatabaseKind.Postgres, cs);
        }

        if (parsed.ContainsKey("Data Source") || parsed.ContainsKey("DataSource") || parsed.ContainsKey("Filename"))
        {
            return (DatabaseKind.Sqlite, cs);
        }

        throw new Configuration.SettingsException(
            "ConnectionStrings:Scorecard names neither an SQLite file ('Data Source=data/scorecard.db') nor a PostgreSQL server ('Host=…;Database=…;Username=…').");
    }

    static string FromUrl(Uri url)
    {
        var user = url.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}", $"Database={url.AbsolutePath.TrimStart('/')}" };
        if (url.Port > 0)
        {
            parts.Add($"Port={url.Port}");
        }

        if (user[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        }

        if (user.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }

        return string.Join(';', parts);
    }
}
