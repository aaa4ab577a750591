using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Scorecard.Server.Data;

// Used only by `dotnet ef migrations add`; no connection is opened.
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteScorecardDbContext>
{
    public SqliteScorecardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteScorecardDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresScorecardDbContext>
{
    public PostgresScorecardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresScorecardDbContext>().UseNpgsql("Host=localhost;Database=scorecard_design").Options);
}
