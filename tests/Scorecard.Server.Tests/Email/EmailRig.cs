using System.Globalization;

namespace Scorecard.Server.Tests.Email;

/// <summary>The weekly e-mail's settings for a test: Wednesdays 10:30 in the test tenant's zone, ROC to two recipients, through a local SMTP port.</summary>
static class EmailRig
{
    public static Dictionary<string, string?> Settings(int smtpPort) => new()
    {
        ["Scorecard:Email:Enabled"] = "true",
        ["Scorecard:Email:Day"] = "Wednesday",
        ["Scorecard:Email:Time"] = "10:30",
        ["Scorecard:Email:Weeks"] = "4",
        ["Scorecard:Email:From"] = "scorecard@example.test",
        ["Scorecard:Email:Recipients:roc:0"] = "lead@example.test",
        ["Scorecard:Email:Recipients:roc:1"] = "owner@example.test",
        ["Scorecard:Email:Smtp:Host"] = "127.0.0.1",
        ["Scorecard:Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Scorecard:Email:Smtp:Security"] = "None",
    };
}
