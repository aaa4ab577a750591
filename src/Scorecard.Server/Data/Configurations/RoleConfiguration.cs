using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Server.Auth;

namespace Scorecard.Server.Data.Configurations;

/// <summary>The three roles exist in every database from the first migration on (fixed ids, so migrations stay stable).</summary>
sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> e) => e.HasData(Roles.All.Select(r => new IdentityRole
    {
        Id = $"role-{r}",
        Name = r,
        NormalizedName = r.ToUpperInvariant(),
        ConcurrencyStamp = $"role-{r}-v1",
    }));
}
