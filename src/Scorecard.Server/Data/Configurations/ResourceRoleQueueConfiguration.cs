using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ResourceRoleQueueConfiguration : IEntityTypeConfiguration<ResourceRoleQueueRow>
{
    public void Configure(EntityTypeBuilder<ResourceRoleQueueRow> e)
    {
        e.ToTable("resource_role_queues");
        e.Property(r => r.Id).ValueGeneratedNever();
        e.HasIndex(r => r.QueueId);
    }
}
