using System.Net.Sockets;
using SuperOfficeProvisioning.SandboxTools.SandboxControl;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class SandboxLifetimeTests
{
    [Fact]
    public void Closing_the_session_stops_its_sandbox()
    {
        SandboxInfo sandbox;
        using (var session = new PowerShellSession())
        {
            sandbox = (SandboxInfo)session.Invoke("Start-SoSandbox -NoScimRules").Single().BaseObject;
        }

        using var client = new TcpClient();
        Assert.ThrowsAny<SocketException>(() => client.Connect("127.0.0.1", sandbox.BaseUri.Port));
    }

    [Fact]
    public void Two_sessions_run_independent_sandboxes()
    {
        using var first = new PowerShellSession();
        using var second = new PowerShellSession();

        var a = (SandboxInfo)first.Invoke("Start-SoSandbox").Single().BaseObject;
        var b = (SandboxInfo)second.Invoke("Start-SoSandbox").Single().BaseObject;
        first.Invoke("Stop-SoSandbox");

        Assert.NotEqual(a.BaseUri, b.BaseUri);
        Assert.Same(b, second.Invoke("Get-SoSandbox").Single().BaseObject);
        second.Invoke("Stop-SoSandbox");
    }
}
