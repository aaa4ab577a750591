using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersionRow>
{
    public void Configure(EntityTypeBuilder<DataVersionRow> e)
    {
        e.ToTable("data_version");
        e.Property(v => v.Id).ValueGeneratedNever();
        // The single row exists from the first migration on, so a bump is always one UPDATE.
        e.HasData(new DataVersionRow { Id = DataVersionRow.SingletonId, Version = 0, ChangedUtc = DateTime.UnixEpoch });
    }
}
