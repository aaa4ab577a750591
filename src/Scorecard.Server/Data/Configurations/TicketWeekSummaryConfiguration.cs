using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketWeekSummaryConfiguration : IEntityTypeConfiguration<TicketWeekSummaryRow>
{
    public void Configure(EntityTypeBuilder<TicketWeekSummaryRow> e)
    {
        e.ToTable("ticket_week_summary");
        // The report reads runs of weeks; the sync replaces whole weeks.
        e.HasKey(s => new { s.WeekStart, s.QueueId });
    }
}
