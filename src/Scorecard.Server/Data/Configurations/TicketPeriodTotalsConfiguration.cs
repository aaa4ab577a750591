using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketPeriodTotalsConfiguration : IEntityTypeConfiguration<TicketPeriodTotalsRow>
{
    public void Configure(EntityTypeBuilder<TicketPeriodTotalsRow> e)
    {
        e.ToTable("ticket_period_totals");
        // A report reads a selection's run of periods; the store upserts by this key and prunes by age.
        e.HasKey(r => new { r.Scope, r.IsAnchor, r.StartUtc, r.EndUtc });
        e.Property(r => r.Scope).HasMaxLength(64);
        e.HasIndex(r => r.CheckedUtc);
    }
}
