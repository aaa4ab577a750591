using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class TaskConfiguration : IEntityTypeConfiguration<TaskRow>
{
    public void Configure(EntityTypeBuilder<TaskRow> e)
    {
        e.ToTable("tasks");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.Title).HasMaxLength(255);
        e.Property(t => t.TaskNumber).HasMaxLength(50);
        e.HasIndex(t => t.ProjectId);
    }
}
