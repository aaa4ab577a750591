using System.Globalization;

namespace Scorecard.Server.Api;

/// <summary>Parses query-string values with messages that name the parameter and the expected form.</summary>
static class QueryParameters
{
    public static int? OptionalInt(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw ProblemException.BadRequest($"{name} must be a whole number from {min} to {max}; got '{value}'.");
    }

    public static DateOnly RequiredDate(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ProblemException.BadRequest($"{name} is required, as YYYY-MM-DD.");
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw ProblemException.BadRequest($"{name} must be a date as YYYY-MM-DD; got '{value}'.");
    }
}
