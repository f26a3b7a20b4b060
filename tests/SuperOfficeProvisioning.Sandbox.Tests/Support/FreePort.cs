using System.Net;
using System.Net.Sockets;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

internal static class FreePort
{
    /// <summary>A loopback port that was free a moment ago (the redirect URI never has a listener in these tests).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
