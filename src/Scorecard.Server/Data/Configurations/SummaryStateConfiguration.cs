using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class SummaryStateConfiguration : IEntityTypeConfiguration<SummaryStateRow>
{
    public void Configure(EntityTypeBuilder<SummaryStateRow> e)
    {
        e.ToTable("summary_state");
        e.Property(s => s.Id).ValueGeneratedNever();
        // Format 0 (nothing built) from the migration on: start-up then builds the summaries once.
        e.HasData(new SummaryStateRow { Id = SummaryStateRow.SingletonId, Format = 0 });
    }
}
