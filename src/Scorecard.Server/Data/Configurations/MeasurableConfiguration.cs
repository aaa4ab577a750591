using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class MeasurableConfiguration : IEntityTypeConfiguration<MeasurableRow>
{
    public void Configure(EntityTypeBuilder<MeasurableRow> e)
    {
        e.ToTable("scorecard_measurables");
        e.Property(m => m.MetricId).HasMaxLength(64);
        e.Property(m => m.Owner).HasMaxLength(100);
        e.Property(m => m.GoalDirection).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(m => new { m.ScorecardId, m.MetricId }).IsUnique();
    }
}
