using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ContactConfiguration : IEntityTypeConfiguration<ContactRow>
{
    public void Configure(EntityTypeBuilder<ContactRow> e)
    {
        e.ToTable("contacts");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.FirstName).HasMaxLength(50);
        e.Property(c => c.LastName).HasMaxLength(50);
        e.Property(c => c.EmailAddress).HasMaxLength(254);
        e.Property(c => c.Title).HasMaxLength(50);
        e.HasIndex(c => c.CompanyId);
    }
}
