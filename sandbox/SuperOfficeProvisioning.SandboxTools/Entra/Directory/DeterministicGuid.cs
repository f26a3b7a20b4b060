using System.Security.Cryptography;
using System.Text;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>Name-based GUIDs (RFC 9562 version 5), so a user added by name gets the same object id in every run.</summary>
internal static class DeterministicGuid
{
    // An arbitrary, fixed namespace for the stand-in directory's object ids.
    private static readonly Guid Namespace = new("3f1c5e2a-8b7d-4c6e-9a0f-2d4b6c8e1a3f");

    public static Guid FromName(string name)
    {
        var input = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name.ToLowerInvariant())).ToArray();
        var hash = SHA1.HashData(input).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
