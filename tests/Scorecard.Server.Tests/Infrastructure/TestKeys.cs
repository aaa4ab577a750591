namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Obviously fake credentials the tests and benches give the servers they start.</summary>
public static class TestKeys
{
    /// <summary>Registered as <c>SCORECARD_API_KEY</c> (an admin key) of every test server.</summary>
    public const string Admin = "test-only-api-key-not-a-secret-0000";
}
