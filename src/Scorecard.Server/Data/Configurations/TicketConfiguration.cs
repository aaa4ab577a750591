using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketConfiguration : IEntityTypeConfiguration<TicketRow>
{
    public void Configure(EntityTypeBuilder<TicketRow> e)
    {
        e.ToTable("tickets");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.TicketNumber).HasMaxLength(64);
        e.Property(t => t.Title).HasMaxLength(255);
        // The report reads tickets by creation and by completion; these indexes carry the columns its
        // filters and metrics read, so the common scorecards are answered from the index alone.
        e.HasIndex(t => new { t.CreateDate, t.QueueId, t.CompletedDate, t.FirstResponseDateTime }, "IX_tickets_report_created");
        e.HasIndex(t => new { t.CompletedDate, t.QueueId, t.CreateDate, t.ServiceLevelAgreementId, t.ServiceLevelAgreementHasBeenMet },
            "IX_tickets_report_completed");
        e.HasIndex(t => t.QueueId);
    }
}
