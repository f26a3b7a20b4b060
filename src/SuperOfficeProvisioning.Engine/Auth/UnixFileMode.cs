using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Restricts a file (0600) or folder (0700) to its owner on Linux and macOS, through the runtime's
/// File.SetUnixFileMode (.NET 7 and later), which this netstandard2.0 assembly reaches by reflection.
/// </summary>
internal static class UnixFileMode
{
    private const int OwnerReadWrite = 0x180; // 0600
    private const int OwnerAll = 0x1C0; // 0700

    public static void RestrictToOwner(string path, bool directory)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return; // the user profile's ACLs already keep other users out
        }

        var modeType = typeof(File).Assembly.GetType("System.IO.UnixFileMode");
        var method = modeType is null ? null : typeof(File).GetMethods()
            .FirstOrDefault(m => m.Name == "SetUnixFileMode" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(new[] { typeof(string), modeType }));
        if (method is null)
        {
            throw new SoException("TokenCacheUnprotected", SoErrorKind.InvalidOperation,
                "This runtime cannot restrict file permissions, so the token cache cannot be kept on disk; connect without -PersistTokenCache.");
        }

        method.Invoke(null, new[] { path, Enum.ToObject(modeType!, directory ? OwnerAll : OwnerReadWrite) });
    }
}
