namespace Autotask.Client.Models;

/// <summary>A user-defined field value. Autotask sends every UDF value as a string.</summary>
public sealed record UserDefinedField(string Name, string? Value);
