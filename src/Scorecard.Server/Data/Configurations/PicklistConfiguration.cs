using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class PicklistConfiguration : IEntityTypeConfiguration<PicklistRow>
{
    public void Configure(EntityTypeBuilder<PicklistRow> e)
    {
        e.ToTable("picklists");
        e.HasKey(p => new { p.Entity, p.Field, p.Value });
        e.Property(p => p.Entity).HasMaxLength(64);
        e.Property(p => p.Field).HasMaxLength(64);
        e.Property(p => p.Label).HasMaxLength(255);
    }
}
