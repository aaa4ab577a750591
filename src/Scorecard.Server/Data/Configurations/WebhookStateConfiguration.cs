using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class WebhookStateConfiguration : IEntityTypeConfiguration<WebhookStateRow>
{
    public void Configure(EntityTypeBuilder<WebhookStateRow> e)
    {
        e.ToTable("webhook_state");
        e.Property(w => w.Id).ValueGeneratedNever();
        e.Property(w => w.WebhookGuid).HasMaxLength(100);
        e.Property(w => w.WebhookUrl).HasMaxLength(500);
        e.Property(w => w.SecretKey).HasMaxLength(64);
    }
}
