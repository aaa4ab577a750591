namespace Autotask.Client.Querying;

/// <summary>
/// The comparison operators Autotask knows. Autotask silently ignores an operator it does not
/// know and returns unfiltered rows, so operators are an enum: a misspelling cannot compile.
/// </summary>
public enum FilterOperator
{
    /// <summary><c>eq</c></summary>
    Equal,
    /// <summary><c>noteq</c></summary>
    NotEqual,
    /// <summary><c>gt</c></summary>
    GreaterThan,
    /// <summary><c>gte</c></summary>
    GreaterThanOrEqual,
    /// <summary><c>lt</c></summary>
    LessThan,
    /// <summary><c>lte</c></summary>
    LessThanOrEqual,
    /// <summary><c>beginsWith</c></summary>
    BeginsWith,
    /// <summary><c>endsWith</c></summary>
    EndsWith,
    /// <summary><c>contains</c></summary>
    Contains,
    /// <summary><c>exist</c>: not null.</summary>
    Exists,
    /// <summary><c>notExist</c>: null.</summary>
    NotExists,
    /// <summary><c>in</c></summary>
    In,
    /// <summary><c>notIn</c></summary>
    NotIn,
}

enum Arity
{
    None,
    One,
    Many,
}

static class FilterOperatorWire
{
    public static Arity Arity(this FilterOperator op) => op switch
    {
        FilterOperator.Exists or FilterOperator.NotExists => Querying.Arity.None,
        FilterOperator.In or FilterOperator.NotIn => Querying.Arity.Many,
        _ => Querying.Arity.One,
    };

    public static string ToWire(this FilterOperator op) => op switch
    {
        FilterOperator.Equal => "eq",
        FilterOperator.NotEqual => "noteq",
        FilterOperator.GreaterThan => "gt",
        FilterOperator.GreaterThanOrEqual => "gte",
        FilterOperator.LessThan => "lt",
        FilterOperator.LessThanOrEqual => "lte",
        FilterOperator.BeginsWith => "beginsWith",
        FilterOperator.EndsWith => "endsWith",
        FilterOperator.Contains => "contains",
        FilterOperator.Exists => "exist",
        FilterOperator.NotExists => "notExist",
        FilterOperator.In => "in",
        FilterOperator.NotIn => "notIn",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an Autotask operator."),
    };
}
