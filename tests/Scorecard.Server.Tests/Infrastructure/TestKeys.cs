namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>Obviously fake credentials the tests and benches give the servers they start.</summary>
public static class TestKeys
{
    /// <summary>Registered as <c>SCORECARD_API_KEY</c> (an admin key) of every test server.</summary>
    public const string Admin = "test-only-api-key-not-a-secret-0000";

    /// <summary>The password of the users the dashboard tests create.</summary>
    public const string UserPassword = "FAKE-test-only-password-0000";

    /// <summary>A secret the simulator is switched to, so it refuses the one the server holds (credentials revoked in Autotask).</summary>
    public const string RevokedAutotaskSecret = "FAKE-revoked-autotask-secret-0000";
}
