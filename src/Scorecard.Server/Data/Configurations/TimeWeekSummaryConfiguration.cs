using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TimeWeekSummaryConfiguration : IEntityTypeConfiguration<TimeWeekSummaryRow>
{
    public void Configure(EntityTypeBuilder<TimeWeekSummaryRow> e)
    {
        e.ToTable("time_week_summary");
        e.Property(s => s.Id).ValueGeneratedOnAdd();
        // The report reads whole weeks and every column; the sync replaces (week, resource) slices.
        e.HasIndex(s => new { s.WeekStart, s.ResourceId, s.OnTicket, s.QueueId, s.ScaledHours, s.BillableScaledHours }, "IX_time_week_summary_report");
    }
}
