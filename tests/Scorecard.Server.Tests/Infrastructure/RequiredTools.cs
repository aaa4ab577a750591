namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>
/// Tests that need a tool from outside .NET (Chromium, PostgreSQL) skip with a reason when it is
/// missing under plain <c>dotnet test</c>; <c>./test.sh</c> installs the tools and sets
/// SCORECARD_REQUIRE_TOOLS=1, which turns such a skip into a failure.
/// </summary>
static class RequiredTools
{
    public static bool Required => Environment.GetEnvironmentVariable("SCORECARD_REQUIRE_TOOLS") == "1";

    public static void SkipOrFail(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} (SCORECARD_REQUIRE_TOOLS=1: ./test.sh should have installed it)");
        }

        Assert.Skip(reason);
    }
}
