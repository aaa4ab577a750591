using System.Globalization;
using Autotask.Client.Http;

namespace Scorecard.Server.Dashboard.Shared;

/// <summary>
/// Links into the tenant's Autotask: its web address from zone information (known once the sync has
/// resolved the zone; showing a page never calls Autotask) plus the ticket-detail command of Autotask's
/// ExecuteCommand API. Null when the address is not known (no tenant, or not resolved yet).
/// </summary>
public sealed class AutotaskLinks(IServiceProvider services)
{
    public const string TicketDetailPath = "Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID=";

    public Uri? WebUrl => services.GetService<AutotaskZoneResolver>()?.CurrentWebUrl;

    public string? Ticket(long ticketId) =>
        WebUrl is { } web ? web + TicketDetailPath + ticketId.ToString(CultureInfo.InvariantCulture) : null;
}
