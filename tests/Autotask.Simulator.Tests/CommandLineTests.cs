using Autotask.Simulator.Demo;
using Microsoft.Extensions.Configuration;

namespace Autotask.Simulator.Tests;

/// <summary>The standalone command line: <c>--seed --scale --live</c> and settable credentials.</summary>
public sealed class CommandLineTests
{
    static SimulatorOptions Read(params string[] args) =>
        SimulatorCommandLine.Read(new ConfigurationBuilder().AddCommandLine(args).Build());

    [Fact]
    public void The_documented_command_line_is_read()
    {
        var o = Read("--urls", "http://127.0.0.1:5099", "--seed", "7", "--scale", "large", "--live", "60",
            "--username", "someone@example.test", "--secret", "other-fake-secret", "--integration-code", "OTHER-FAKE-CODE");

        Assert.Equal(7, o.Seed);
        Assert.Equal(DemoScale.Large, o.Scale);
        Assert.Equal(60, o.LiveSpeed);
        Assert.Equal("someone@example.test", o.UserName);
        Assert.Equal("other-fake-secret", o.Secret);
        Assert.Equal("OTHER-FAKE-CODE", o.IntegrationCode);
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("on", 1)]
    [InlineData("120x", 120)]
    public void Live_takes_on_off_or_a_speed_up(string value, double speed) =>
        Assert.Equal(speed, SimulatorCommandLine.ParseLive(value));

    [Fact]
    public void Defaults_keep_live_mode_off_and_the_fake_demo_credentials()
    {
        var o = Read();
        Assert.Equal(0, o.LiveSpeed);
        Assert.Equal(42, o.Seed);
        Assert.EndsWith("not-real", o.Secret, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_scale_is_refused() => Assert.Throws<FormatException>(() => Read("--scale", "huge"));
}
