using System.Text.Json.Serialization;
using Autotask.Client.Json;

namespace Autotask.Client.Models;

/// <summary>A project task (entity <c>Tasks</c>; written through <c>Projects/{id}/Tasks</c>).</summary>
public sealed record ProjectTask : IAutotaskEntity
{
    /// <summary>The task id.</summary>
    public long Id { get; init; }
    /// <summary>The project.</summary>
    public int ProjectID { get; init; }
    /// <summary>The phase.</summary>
    public int? PhaseID { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Number.</summary>
    public string? TaskNumber { get; init; }
    /// <summary>Status picklist value.</summary>
    public int? Status { get; init; }
    /// <summary>Priority (a number, 1 highest).</summary>
    public int? Priority { get; init; }
    /// <summary>The priority's picklist value or label, as text: sources disagree on its type.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PriorityLabel { get; init; }
    /// <summary>Task type.</summary>
    public int? TaskType { get; init; }
    /// <summary>The primary resource.</summary>
    public int? AssignedResourceID { get; init; }
    /// <summary>The primary resource's role.</summary>
    public int? AssignedResourceRoleID { get; init; }
    /// <summary>Work type.</summary>
    public int? BillingCodeID { get; init; }
    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateDateTime { get; init; }
    /// <summary>Start.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
    /// <summary>End.</summary>
    public DateTimeOffset? EndDateTime { get; init; }
    /// <summary>Completed.</summary>
    public DateTimeOffset? CompletedDateTime { get; init; }
    /// <summary>Last activity: the incremental-sync key.</summary>
    public DateTimeOffset? LastActivityDateTime { get; init; }
    /// <summary>Estimated hours.</summary>
    public decimal? EstimatedHours { get; init; }
    /// <summary>Remaining hours (not queryable).</summary>
    public decimal? RemainingHours { get; init; }
    /// <summary>Visible in the client portal.</summary>
    public bool? IsVisibleInClientPortal { get; init; }
    /// <summary>UDF values; empty when Autotask omitted them.</summary>
    public IReadOnlyList<UserDefinedField> UserDefinedFields { get; init => field = value ?? []; } = [];
}
