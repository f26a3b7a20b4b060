using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

/// <summary>
/// The token cache tests share one collection: the unprotected-file warning is given once per process, so tests that
/// fall back to the plaintext file must not run beside the test of that warning.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TokenCacheCollection
{
    public const string Name = "Token cache";
}

/// <summary>A test of Unix file permissions: Linux or macOS.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs Unix file permissions.";
        }
    }
}

/// <summary>A test of the host without a keyring: a Linux host with no D-Bus session, as CI runners are.</summary>
public sealed class NoKeyringFactAttribute : FactAttribute
{
    public NoKeyringFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")))
        {
            Skip = "Needs a host without a keyring: Linux with no D-Bus session.";
        }
    }
}
