using System.Globalization;
using MailKit.Security;

namespace Scorecard.Server.Email;

/// <summary>The <c>Scorecard:Email</c> section: the weekly e-mail of each scorecard to its recipients.</summary>
public sealed class EmailOptions
{
    public const string Section = "Scorecard:Email";

    /// <summary>Off by default. Safe on every instance of a shared database: each e-mail goes out once.</summary>
    public bool Enabled { get; set; }

    /// <summary>The local day (in <c>Scorecard:TimeZone</c>) the e-mail goes out.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>The local time of day, HH:mm.</summary>
    public string Time { get; set; } = "07:00";

    /// <summary>Weeks in the grid, ending with the last finished week.</summary>
    public int Weeks { get; set; } = 13;

    public string From { get; set; } = "";

    /// <summary>Scorecard slug → addresses, e.g. <c>Scorecard:Email:Recipients:roc:0=lead@example.com</c>.</summary>
    public Dictionary<string, List<string>> Recipients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public SmtpSettings Smtp { get; set; } = new();

    public TimeOnly LocalTime => TimeOnly.ParseExact(Time, "HH:mm", CultureInfo.InvariantCulture);

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!TimeOnly.TryParseExact(Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return $"Scorecard:Email:Time '{Time}' must be a time of day as HH:mm, e.g. 07:00.";
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return $"Scorecard:Email:From '{From}' is not an e-mail address.";
        }

        if (string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return "Scorecard:Email:Smtp:Host is required when Scorecard:Email:Enabled is true.";
        }

        if (Weeks is < 1 or > 104)
        {
            yield return $"Scorecard:Email:Weeks '{Weeks}' must be 1 to 104.";
        }

        foreach (var (slug, addresses) in Recipients)
        {
            foreach (var a in addresses.Where(a => !MimeKit.MailboxAddress.TryParse(a, out _)))
            {
                yield return $"Scorecard:Email:Recipients:{slug} '{a}' is not an e-mail address.";
            }
        }
    }
}

/// <summary><c>Scorecard:Email:Smtp</c>. The password comes from the environment, never a file in the repository.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, <c>Auto</c>, or <c>None</c> (a relay on the local network only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
