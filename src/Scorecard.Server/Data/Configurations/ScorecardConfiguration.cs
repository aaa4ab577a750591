using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ScorecardConfiguration : IEntityTypeConfiguration<ScorecardRow>
{
    public void Configure(EntityTypeBuilder<ScorecardRow> e)
    {
        // Id lists are primitive collections: JSON text on SQLite, integer[] on PostgreSQL.
        e.ToTable("scorecards");
        e.HasIndex(s => s.Slug).IsUnique();
        e.Property(s => s.Slug).HasMaxLength(64);
        e.Property(s => s.Name).HasMaxLength(100);
        e.Property(s => s.Description).HasMaxLength(2000);
        e.HasMany(s => s.Measurables).WithOne().HasForeignKey(m => m.ScorecardId).OnDelete(DeleteBehavior.Cascade);
    }
}
