namespace Scorecard.Metrics;

/// <summary>
/// One time entry. <see cref="DateWorked"/> is the calendar date the technician entered:
/// it is bucketed as it is, never shifted by a time zone.
/// </summary>
public sealed record TimeFact(long Id, long ResourceId, DateOnly DateWorked, decimal HoursWorked, bool IsNonBillable);
