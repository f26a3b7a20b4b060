using System.Net;
using System.Security;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

public static class SecureStrings
{
    public static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}
