namespace Autotask.Client.Models;

/// <summary>A user-defined field value. Autotask sends every UDF value as a string.</summary>
public sealed record UserDefinedField(string Name, string? Value);

/// <summary>Reads UDF values by name.</summary>
public static class UserDefinedFieldExtensions
{
    /// <summary>
    /// The value of the UDF named <paramref name="name"/> (ignoring case, as Autotask does), or null
    /// when the record has no such UDF or Autotask omitted the array.
    /// </summary>
    public static string? ValueOf(this IReadOnlyList<UserDefinedField>? fields, string name) =>
        fields?.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
