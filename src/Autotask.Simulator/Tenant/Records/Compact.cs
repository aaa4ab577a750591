namespace Autotask.Simulator.Tenant.Records;

/// <summary>
/// Storage for optional values in the high-volume records (tickets, time entries): an optional int is an int
/// with <see cref="None"/> for null, an optional date-time is its UTC ticks with 0 for null, and hours are
/// whole ten-thousandths (Autotask's 4 decimal places). Each saves 4 to 12 bytes a field, a field a record.
/// </summary>
static class Compact
{
    public const int None = int.MinValue;

    public static int? Int(int stored) => stored == None ? null : stored;

    public static int Int(int? value) => value ?? None;

    public static DateTime? At(long ticks) => ticks == 0 ? null : new DateTime(ticks, DateTimeKind.Utc);

    public static long Ticks(DateTime? value) => value?.Ticks ?? 0;

    public static decimal Hours(int tenThousandths) => tenThousandths / 10_000m;

    public static int Hours(decimal hours) => checked((int)decimal.Round(hours * 10_000m, MidpointRounding.AwayFromZero));
}
