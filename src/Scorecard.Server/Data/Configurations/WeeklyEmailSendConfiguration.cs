using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class WeeklyEmailSendConfiguration : IEntityTypeConfiguration<WeeklyEmailSendRow>
{
    public void Configure(EntityTypeBuilder<WeeklyEmailSendRow> e)
    {
        e.ToTable("weekly_email_sends");
        e.HasKey(s => new { s.ScorecardSlug, s.WeekKey });
        e.Property(s => s.ScorecardSlug).HasMaxLength(100);
        e.Property(s => s.WeekKey).HasMaxLength(16);
    }
}
