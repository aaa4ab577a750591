using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketChangeConfiguration : IEntityTypeConfiguration<TicketChangeRow>
{
    public void Configure(EntityTypeBuilder<TicketChangeRow> e)
    {
        e.ToTable("ticket_changes");
        e.Property(c => c.Id).ValueGeneratedOnAdd();
        // Reports ask for the changes newer than what they hold; the sync prunes by age.
        e.HasIndex(c => c.Version);
        e.HasIndex(c => c.MarkedUtc);
    }
}
