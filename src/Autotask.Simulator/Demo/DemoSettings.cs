namespace Autotask.Simulator.Demo;

/// <summary>What the demo tenant is generated from. The same settings give the same tenant.</summary>
public sealed record DemoSettings(int Seed, DemoScale Scale, DateTime NowUtc, TimeZoneInfo Zone, int HistoryDays = 365);
