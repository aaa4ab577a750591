using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntryRow>
{
    public void Configure(EntityTypeBuilder<TimeEntryRow> e)
    {
        e.ToTable("time_entries");
        e.Property(t => t.Id).ValueGeneratedNever();
        // Hours by dateWorked, with the columns the report reads, so they come from the index alone.
        // Resource second: the sync recomputes the summary of one (date, resource) slice at a time (Data/Summaries).
        e.HasIndex(t => new { t.DateWorked, t.ResourceId, t.TicketId, t.IsNonBillable, t.HoursWorked }, "IX_time_entries_report");
        e.HasIndex(t => t.TicketId);
        e.HasIndex(t => t.TaskId);
    }
}
