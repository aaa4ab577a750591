using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Data;

/// <summary>
/// The Scorecard database. One subclass per provider (<see cref="SqliteScorecardDbContext"/>,
/// <see cref="PostgresScorecardDbContext"/>) gives each its own migrations.
/// </summary>
public abstract class ScorecardDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TicketRow> Tickets => Set<TicketRow>();
    public DbSet<TimeEntryRow> TimeEntries => Set<TimeEntryRow>();
    public DbSet<PicklistRow> Picklists => Set<PicklistRow>();
    public DbSet<SyncStateRow> SyncStates => Set<SyncStateRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite would otherwise hand back DateTimeKind.Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(12, 4);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<TicketRow>(e =>
        {
            e.ToTable("tickets");
            e.Property(t => t.Id).ValueGeneratedNever();
            e.Property(t => t.TicketNumber).HasMaxLength(64);
            e.Property(t => t.Title).HasMaxLength(255);
            e.HasIndex(t => t.CreateDate);
            e.HasIndex(t => t.CompletedDate);
            e.HasIndex(t => t.QueueId);
        });
        b.Entity<TimeEntryRow>(e =>
        {
            e.ToTable("time_entries");
            e.Property(t => t.Id).ValueGeneratedNever();
            e.HasIndex(t => t.DateWorked);
            e.HasIndex(t => t.TicketId);
        });
        b.Entity<PicklistRow>(e =>
        {
            e.ToTable("picklists");
            e.HasKey(p => new { p.Entity, p.Field, p.Value });
            e.Property(p => p.Entity).HasMaxLength(64);
            e.Property(p => p.Field).HasMaxLength(64);
            e.Property(p => p.Label).HasMaxLength(255);
        });
        b.Entity<SyncStateRow>(e =>
        {
            e.ToTable("sync_state");
            e.HasKey(s => s.Entity);
            e.Property(s => s.Entity).HasMaxLength(64);
            e.Property(s => s.LastError).HasMaxLength(2000);
        });
    }
}

sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

public sealed class SqliteScorecardDbContext(DbContextOptions<SqliteScorecardDbContext> options) : ScorecardDbContext(options);

public sealed class PostgresScorecardDbContext(DbContextOptions<PostgresScorecardDbContext> options) : ScorecardDbContext(options);
