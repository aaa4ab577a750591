using System.Net;
using System.Net.Sockets;

namespace Scorecard.Server.Tests.Infrastructure;

/// <summary>A loopback port free right now, for a server the test starts that cannot be told to take port 0 (PostgreSQL, an SMTP server).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
