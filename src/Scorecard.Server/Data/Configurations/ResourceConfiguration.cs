using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ResourceConfiguration : IEntityTypeConfiguration<ResourceRow>
{
    public void Configure(EntityTypeBuilder<ResourceRow> e)
    {
        e.ToTable("resources");
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.FirstName).HasMaxLength(100);
        e.Property(r => r.LastName).HasMaxLength(100);
        e.Property(r => r.Email).HasMaxLength(254);
        e.Property(r => r.UserName).HasMaxLength(100);
        e.Property(r => r.ResourceType).HasMaxLength(50);
        e.Property(r => r.Title).HasMaxLength(50);
        e.Ignore(r => r.DisplayName);
    }
}
