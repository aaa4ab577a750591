namespace Scorecard.Server.Data.Rows;

/// <summary>One picklist label of the tenant, e.g. Tickets.status 5 = "Complete".</summary>
public sealed class PicklistRow
{
    public string Entity { get; set; } = "";
    public string Field { get; set; } = "";
    public int Value { get; set; }
    public string Label { get; set; } = "";
    public bool IsActive { get; set; }
    public int SortOrder { get; set; }
}
