using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ContractConfiguration : IEntityTypeConfiguration<ContractRow>
{
    public void Configure(EntityTypeBuilder<ContractRow> e)
    {
        e.ToTable("contracts");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.ContractName).HasMaxLength(100);
        e.Property(c => c.ContractNumber).HasMaxLength(50);
        e.HasIndex(c => c.CompanyId);
    }
}
