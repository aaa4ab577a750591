using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRow>
{
    public void Configure(EntityTypeBuilder<ApiKeyRow> e)
    {
        e.ToTable("api_keys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.Prefix).HasMaxLength(32);
        e.Property(k => k.Hash).HasMaxLength(64);
        e.Property(k => k.Role).HasMaxLength(16);
        e.Property(k => k.CreatedBy).HasMaxLength(256);
        e.HasIndex(k => k.Prefix).IsUnique();
    }
}
