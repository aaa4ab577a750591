using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class SlaResultConfiguration : IEntityTypeConfiguration<SlaResultRow>
{
    public void Configure(EntityTypeBuilder<SlaResultRow> e)
    {
        e.ToTable("sla_results");
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.ServiceLevelAgreementName).HasMaxLength(100);
        e.HasIndex(s => s.TicketId);
    }
}
