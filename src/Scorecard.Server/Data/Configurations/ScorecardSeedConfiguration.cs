using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ScorecardSeedConfiguration : IEntityTypeConfiguration<ScorecardSeedRow>
{
    public void Configure(EntityTypeBuilder<ScorecardSeedRow> e)
    {
        e.ToTable("scorecard_seed");
        e.Property(s => s.Id).ValueGeneratedNever();
    }
}
