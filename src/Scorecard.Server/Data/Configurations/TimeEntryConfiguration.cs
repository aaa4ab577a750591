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
        e.HasIndex(t => t.DateWorked);
        e.HasIndex(t => t.TicketId);
        e.HasIndex(t => t.TaskId);
    }
}
