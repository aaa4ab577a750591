using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TicketConfiguration : IEntityTypeConfiguration<TicketRow>
{
    public void Configure(EntityTypeBuilder<TicketRow> e)
    {
        e.ToTable("tickets");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.TicketNumber).HasMaxLength(64);
        e.Property(t => t.Title).HasMaxLength(255);
        e.HasIndex(t => t.CreateDate);
        e.HasIndex(t => t.CompletedDate);
        e.HasIndex(t => t.QueueId);
    }
}
