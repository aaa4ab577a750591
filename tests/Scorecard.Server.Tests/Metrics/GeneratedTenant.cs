using CsCheck;
using Scorecard.Definitions;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Tests.Metrics;

/// <summary>
/// A small random tenant around the first quarter of 2026 (both spring DST changes), with ticket
/// times biased towards local midnights and period edges, awkward decimal hours, reopen-like long
/// tickets, queue membership and a random scorecard. Turned into rows for a given time zone.
/// </summary>
sealed record GeneratedTenant(GTicket[] Tickets, GTime[] Time, (int Resource, int Queue)[] Members, GCard Card)
{
    public static readonly DateOnly FirstDay = new(2025, 12, 20);
    public const int Days = 120;

    public static readonly Gen<GeneratedTenant> Generator =
        Gen.Select(GTicket.Generator.Array[0, 70], GTime.Generator.Array[0, 60],
            Gen.Select(Gen.Int[10, 13], Gen.Int[1, 3], (r, q) => (r, q)).Array[0, 6], GCard.Generator,
            (t, e, m, c) => new GeneratedTenant(t, e, m, c));

    public ScorecardDefinition Definition(int iteration) => new(0, $"gen-{iteration}", "Generated", null,
        new TicketFilter(Card.QueuesIn.Distinct().ToList(), Card.QueuesOut.Except(Card.QueuesIn).Distinct().ToList(), Card.Companies.Distinct().ToList(),
            Card.Types.Distinct().ToList(), [], []),
        new Team(Card.TeamResources.Distinct().ToList(), Card.TeamQueues.Distinct().ToList()), [], 0);

    public List<TicketRow> TicketRows(TimeZoneInfo zone) => Tickets.Select((g, i) => g.ToRow(i + 1, zone)).ToList();

    public List<TimeEntryRow> TimeRows(int ticketCount) => Time.Select((g, i) => g.ToRow(i + 1, ticketCount)).ToList();

    public List<ResourceRoleQueueRow> MemberRows() =>
        Members.Distinct().Select((m, i) => new ResourceRoleQueueRow { Id = i + 1, ResourceId = m.Resource, QueueId = m.Queue }).ToList();

}

/// <summary>A ticket: local day and time (often 00:00, 00:01 or 23:59), optional completion, first response and SLA.</summary>
sealed record GTicket(int Day, int TimeKind, int Minute, int? Duration, int? FirstResponse, int Queue, int Company, int Type,
    int? Assigned, int? CompletedBy, int Sla)
{
    public static readonly Gen<GTicket> Generator = Gen.Select(
        Gen.Select(Gen.Int[0, GeneratedTenant.Days - 1], Gen.Int[0, 4], Gen.Int[0, 1439], (d, k, m) => (d, k, m)),
        Gen.Select(Gen.OneOf(Gen.Const((int?)null), Gen.Int[0, 60 * 24 * 20].Select(i => (int?)i), Gen.Int[0, 300].Select(i => (int?)i)),
            Gen.OneOf(Gen.Const((int?)null), Gen.Int[0, 3000].Select(i => (int?)i)), (a, b) => (a, b)),
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[1, 3], (q, c, t) => (q, c, t)),
        Gen.Select(Gen.Int[9, 13], Gen.Int[9, 13], (a, b) => (a, b)),
        Gen.Int[0, 2],
        (when, done, where, who, sla) => new GTicket(when.d, when.k, when.m, done.a, done.b, where.q, where.c, where.t,
            who.a == 9 ? null : who.a, who.b == 9 ? null : who.b, sla));

    public TicketRow ToRow(long id, TimeZoneInfo zone)
    {
        var day = GeneratedTenant.FirstDay.AddDays(Day);
        // Kinds 0–2 sit on a local midnight (00:00, 00:01, 23:59), the rest anywhere in the day.
        var minute = TimeKind switch { 0 => 0, 1 => 1, 2 => 1439, _ => Minute };
        var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var created = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        var completed = Duration is { } d ? created.AddMinutes(d) : (DateTime?)null;
        return new TicketRow
        {
            Id = id,
            TicketNumber = $"G{id}",
            Title = $"Generated {id}",
            Status = completed is null ? 1 : 5,
            Priority = 2,
            QueueId = Queue == 0 ? null : Queue,
            CompanyId = Company,
            TicketType = Type,
            CreateDate = created,
            CompletedDate = completed,
            FirstResponseDateTime = FirstResponse is { } f ? created.AddMinutes(f).AddSeconds(f % 7) : null,
            AssignedResourceId = Assigned,
            CompletedByResourceId = completed is null ? null : CompletedBy,
            ServiceLevelAgreementId = Sla == 0 ? null : 77,
            ServiceLevelAgreementHasBeenMet = Sla == 0 ? null : Sla == 1,
            SyncedAt = created,
        };
    }
}

/// <summary>A time entry: date worked, resource, hours with four decimals, billable or not, on a ticket or not.</summary>
sealed record GTime(int Day, int Resource, int TenThousandths, bool Billable, int Ticket)
{
    public static readonly Gen<GTime> Generator = Gen.Select(Gen.Int[0, GeneratedTenant.Days - 1], Gen.Int[10, 13],
        Gen.Int[1, 40_000], Gen.Bool, Gen.Int[-1, 69], (d, r, h, b, t) => new GTime(d, r, h, b, t));

    public TimeEntryRow ToRow(long id, int ticketCount) => new()
    {
        Id = id,
        ResourceId = Resource,
        TicketId = Ticket >= 0 && Ticket < ticketCount ? Ticket + 1 : null,
        DateWorked = GeneratedTenant.FirstDay.AddDays(Day),
        HoursWorked = TenThousandths / 10_000m,
        IsNonBillable = !Billable,
        SyncedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}

/// <summary>A random scorecard: queues in or out, companies, ticket types, a team of resources and queue members (each often empty).</summary>
sealed record GCard(int[] QueuesIn, int[] QueuesOut, int[] Companies, int[] Types, int[] TeamResources, int[] TeamQueues)
{
    static readonly Gen<int[]> Few = Gen.OneOf(Gen.Const(Array.Empty<int>()), Gen.Int[1, 3].Array[1, 2]);

    public static readonly Gen<GCard> Generator = Gen.Select(Few, Few, Gen.OneOf(Gen.Const(Array.Empty<int>()), Gen.Int[0, 2].Array[1, 2]),
        Few, Gen.OneOf(Gen.Const(Array.Empty<int>()), Gen.Int[10, 13].Array[1, 2]), Gen.OneOf(Gen.Const(Array.Empty<int>()), Few),
        (qi, qo, c, t, r, tq) => new GCard(qi, qo, c, t, r, tq));
}
