using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketCategoryConfiguration : IEntityTypeConfiguration<TicketCategoryRow>
{
    public void Configure(EntityTypeBuilder<TicketCategoryRow> e)
    {
        e.ToTable("ticket_categories");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Name).HasMaxLength(30);
        e.Property(c => c.Nickname).HasMaxLength(3);
    }
}
