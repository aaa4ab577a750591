using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data.Configurations;

/// <summary>Autotask's roles (what a resource works as on a queue), not the sign-in roles of Identity.</summary>
sealed class AutotaskRoleConfiguration : IEntityTypeConfiguration<RoleRow>
{
    public void Configure(EntityTypeBuilder<RoleRow> e)
    {
        e.ToTable("roles");
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Description).HasMaxLength(200);
    }
}
