using System.Diagnostics;
using Autotask.Client.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;
using Scorecard.Server.Sync.Mapping;
using Scorecard.Server.Sync.Storage;

namespace Scorecard.Sync.Bench;

/// <summary>The storing side alone, in this process: synthetic tickets through the sync's own write path, µs per row.</summary>
static class StoreOnly
{
    public static async Task RunAsync(Func<ScorecardDbContext> database, bool postgres, int count)
    {
        var calendar = Scorecard.Periods.ReportingCalendar.ForZone("America/New_York");
        await using (var db = database())
        {
            await db.Database.MigrateAsync();
            await Scorecard.Server.Data.Summaries.TicketWeekSummary.EnsureBuiltAsync(db, calendar, default); // the sync keeps it, as the server's does
        }

        var factory = new Factory(database);
        var storage = new SyncStorage(factory, postgres ? new PostgresBulkUpsert() : new SqliteBulkUpsert(), new FakeTimeProvider());
        var now = new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);
        var tickets = Enumerable.Range(1, count).Select(i => new Ticket
        {
            Id = i, TicketNumber = $"T20261125.{i:0000}", Title = $"Printer {i} is offline again", Status = 1 + (i % 5), Priority = 2, QueueID = 29683479,
            CompanyID = i % 40, ContactID = i, AssignedResourceID = 29682885, CreateDate = now.AddMinutes(-i), LastActivityDate = now,
            DueDateTime = now, FirstResponseDateTime = now, CompletedDate = i % 2 == 0 ? now : null, TicketType = 2, Source = 4, IssueType = 3,
        }).ToList();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var mapping = TimeSpan.Zero;
        foreach (var chunk in tickets.Chunk(500))
        {
            var m = Stopwatch.StartNew();
            var rows = chunk.Select(t => t.ToRow(now)).ToList();
            mapping += m.Elapsed;
            await using var write = await storage.BeginAsync(CancellationToken.None);
            await write.UpsertAsync(rows, CancellationToken.None, nameof(TicketRow.LastActivityDate));
            await write.CommitAsync(CancellationToken.None);
        }

        var cpuPerRow = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count;
        Console.WriteLine($"CPU {cpuPerRow:0.0} µs a row");
        Console.WriteLine($"Stored {count:N0} tickets in {clock.Elapsed.TotalSeconds:0.00} s: {clock.Elapsed.TotalMicroseconds / count:0.0} µs a row " +
            $"(mapping {mapping.TotalMicroseconds / count:0.0} µs), {count / clock.Elapsed.TotalSeconds:N0} rows/s");
    }

    sealed class Factory(Func<ScorecardDbContext> create) : IDbContextFactory<ScorecardDbContext>
    {
        public ScorecardDbContext CreateDbContext() => create();
    }
}
