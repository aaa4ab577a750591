using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TimeSummaryConfiguration : IEntityTypeConfiguration<TimeSummaryRow>
{
    public void Configure(EntityTypeBuilder<TimeSummaryRow> e)
    {
        e.ToTable("time_summary");
        e.Property(s => s.Id).ValueGeneratedOnAdd();
        // The report reads a range of dates and every column; the sync replaces (date, resource) slices.
        e.HasIndex(s => new { s.DateWorked, s.ResourceId, s.OnTicket, s.QueueId, s.TicketType, s.Source, s.IssueType, s.IsNonBillable, s.ScaledHours, s.Entries },
            "IX_time_summary_report");
    }
}
