using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class SyncStateConfiguration : IEntityTypeConfiguration<SyncStateRow>
{
    public void Configure(EntityTypeBuilder<SyncStateRow> e)
    {
        e.ToTable("sync_state");
        e.HasKey(s => s.Entity);
        e.Property(s => s.Entity).HasMaxLength(64);
        e.Property(s => s.LastError).HasMaxLength(2000);
        e.Property(s => s.Segment).HasMaxLength(16);
    }
}
