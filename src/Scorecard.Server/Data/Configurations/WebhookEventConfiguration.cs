using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEventRow>
{
    public void Configure(EntityTypeBuilder<WebhookEventRow> e)
    {
        e.ToTable("webhook_events");
        e.HasKey(w => new { w.WebhookGuid, w.EntityId, w.SequenceNumber });
        e.Property(w => w.WebhookGuid).HasMaxLength(100);
        e.Property(w => w.Action).HasMaxLength(20);
        e.HasIndex(w => w.ReceivedUtc);
    }
}
