using System.Text;
using System.Text.RegularExpressions;

namespace Scorecard.Server.Features.ScorecardDefinitions;

static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    public static partial Regex Valid();

    /// <summary>"Service Desk (EU)" → "service-desk-eu".</summary>
    public static string From(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "scorecard" : slug[..Math.Min(slug.Length, 64)].Trim('-');
    }
}
