using Autotask.Simulator.Tenant.Records;

namespace Autotask.Simulator.Tests;

/// <summary>The compactly stored records read back exactly what was written (hours to Autotask's 4 places).</summary>
public sealed class CompactRecordTests
{
    [Fact]
    public void Optional_values_round_trip_including_null_and_zero()
    {
        var at = new DateTime(2026, 11, 25, 9, 30, 15, 123, DateTimeKind.Utc);
        var e = new SimTimeEntry { TicketId = 0, StartDateTime = at, HoursWorked = 1.75m, OffsetHours = -0.5m };
        var t = new SimTicket { QueueId = 29683479, Source = -1, CompletedDate = at };

        Assert.Equal(0, e.TicketId);
        Assert.Null(e.TaskId);
        Assert.Null(e.EndDateTime);
        Assert.Equal(at, e.StartDateTime);
        Assert.Equal(DateTimeKind.Utc, e.StartDateTime!.Value.Kind);
        Assert.Equal(1.75m, e.HoursWorked);
        Assert.Equal(-0.5m, e.OffsetHours);
        Assert.Equal(29683479, t.QueueId);
        Assert.Equal(-1, t.Source);
        Assert.Null(t.ContactId);
        Assert.Equal(at, t.CompletedDate);

        t.CompletedDate = null;
        e.HoursWorked = 1.23456m;
        Assert.Null(t.CompletedDate);
        Assert.Equal(1.2346m, e.HoursWorked);
    }
}
