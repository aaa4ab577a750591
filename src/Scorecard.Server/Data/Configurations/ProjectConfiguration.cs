using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectRow>
{
    public void Configure(EntityTypeBuilder<ProjectRow> e)
    {
        e.ToTable("projects");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.ProjectName).HasMaxLength(100);
        e.Property(p => p.ProjectNumber).HasMaxLength(50);
    }
}
