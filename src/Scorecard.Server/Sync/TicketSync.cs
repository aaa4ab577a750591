using Autotask.Client;
using Autotask.Client.Models;
using Autotask.Client.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Server.Configuration;
using Scorecard.Server.Data;
using Scorecard.Server.Data.Rows;

namespace Scorecard.Server.Sync;

/// <summary>Tickets, incrementally by <c>lastActivityDate</c> (notes and time entries bump it too).</summary>
sealed class TicketSync(AutotaskClient autotask, IDbContextFactory<ScorecardDbContext> db, TimeProvider clock,
    IOptions<ScorecardOptions> options, ILogger<TicketSync> logger)
    : IncrementalSync<Ticket, TicketRow>(db, clock, options, logger)
{
    public override string Entity => "Tickets";

    protected override string ModifiedField => "lastActivityDate";

    protected override IAsyncEnumerable<Ticket> Query(AutotaskFilter filter, QueryOptions queryOptions, CancellationToken ct) =>
        autotask.Tickets.QueryAsync(filter, queryOptions, ct);

    protected override long IdOf(Ticket model) => model.Id;

    protected override DbSet<TicketRow> Rows(ScorecardDbContext db) => db.Tickets;


    protected override TicketRow Apply(Ticket t, TicketRow? row, DateTime syncedAt)
    {
        row ??= new TicketRow { Id = t.Id };
        row.TicketNumber = t.TicketNumber;
        row.Title = t.Title is { Length: > 255 } longTitle ? longTitle[..255] : t.Title;
        row.Status = t.Status;
        row.Priority = t.Priority;
        row.QueueId = t.QueueID;
        row.CompanyId = t.CompanyID;
        row.ContactId = t.ContactID;
        row.AssignedResourceId = t.AssignedResourceID;
        row.AssignedResourceRoleId = t.AssignedResourceRoleID;
        row.CreatorResourceId = t.CreatorResourceID;
        row.CompletedByResourceId = t.CompletedByResourceID;
        row.TicketType = t.TicketType;
        row.Source = t.Source;
        row.IssueType = t.IssueType;
        row.SubIssueType = t.SubIssueType;
        row.TicketCategory = t.TicketCategory;
        row.BillingCodeId = t.BillingCodeID;
        row.ContractId = t.ContractID;
        row.ProjectId = t.ProjectID;
        row.DueDateTime = t.DueDateTime?.UtcDateTime;
        row.ResolvedDateTime = t.ResolvedDateTime?.UtcDateTime;
        row.ServiceLevelAgreementId = t.ServiceLevelAgreementID;
        row.ServiceLevelAgreementHasBeenMet = t.ServiceLevelAgreementHasBeenMet;
        row.CreateDate = t.CreateDate.UtcDateTime;
        row.FirstResponseDateTime = t.FirstResponseDateTime?.UtcDateTime;
        row.CompletedDate = t.CompletedDate?.UtcDateTime;
        row.LastActivityDate = t.LastActivityDate?.UtcDateTime;
        row.LastTrackedModificationDateTime = t.LastTrackedModificationDateTime?.UtcDateTime;
        row.SyncedAt = syncedAt;
        return row;
    }
}
