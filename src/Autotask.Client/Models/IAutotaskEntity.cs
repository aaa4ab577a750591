namespace Autotask.Client.Models;

/// <summary>A record Autotask identifies by a numeric id; id-cursor paging relies on it.</summary>
public interface IAutotaskEntity
{
    /// <summary>The record's id, unique within its entity.</summary>
    long Id { get; }
}
