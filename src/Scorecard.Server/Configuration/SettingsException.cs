namespace Scorecard.Server.Configuration;

/// <summary>A setting that cannot work as given; start-up reports its message and stops, without a stack trace.</summary>
public sealed class SettingsException(string message, Exception? inner = null) : Exception(message, inner);
