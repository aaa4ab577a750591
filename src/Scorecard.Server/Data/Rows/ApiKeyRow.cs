namespace Scorecard.Server.Data.Rows;

/// <summary>
/// An API key for scripts. Only its SHA-256 hash is stored: the key itself is shown once, when it
/// is created. The prefix (a random part of the key that is not secret) tells keys apart.
/// </summary>
public sealed class ApiKeyRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Role { get; set; } = "";
    public string? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
