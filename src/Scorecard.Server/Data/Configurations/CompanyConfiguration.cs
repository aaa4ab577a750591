using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class CompanyConfiguration : IEntityTypeConfiguration<CompanyRow>
{
    public void Configure(EntityTypeBuilder<CompanyRow> e)
    {
        e.ToTable("companies");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.CompanyName).HasMaxLength(100);
        e.Property(c => c.CompanyNumber).HasMaxLength(50);
        e.Property(c => c.City).HasMaxLength(30);
        e.Property(c => c.State).HasMaxLength(25);
    }
}
