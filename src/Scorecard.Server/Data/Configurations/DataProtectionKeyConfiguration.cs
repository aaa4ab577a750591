using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Scorecard.Server.Data.Configurations;

/// <summary>The keys that sign cookies and antiforgery tokens, shared by every instance on the database.</summary>
sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e) => e.ToTable("data_protection_keys");
}
