using System.Text.Json;

namespace Autotask.Simulator.Query;

/// <summary>A parsed filter: a condition on one field, or an and/or group.</summary>
public abstract record FilterNode;

public sealed record ConditionNode(FilterOp Op, string Field, JsonElement Value, bool Udf) : FilterNode;

public sealed record GroupNode(FilterOp Op, IReadOnlyList<FilterNode> Items) : FilterNode;
