using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class BillingCodeConfiguration : IEntityTypeConfiguration<BillingCodeRow>
{
    public void Configure(EntityTypeBuilder<BillingCodeRow> e)
    {
        e.ToTable("billing_codes");
        e.Property(b => b.Id).ValueGeneratedNever();
        e.Property(b => b.Name).HasMaxLength(200);
        e.Property(b => b.Description).HasMaxLength(500);
    }
}
