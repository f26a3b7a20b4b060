using System;
using System.Runtime.InteropServices;
using System.Security;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Credentials;

/// <summary>
/// A credential held as a SecureString. It prints as a mask; only the engine reads the value, at the moment
/// it builds a request header.
/// </summary>
public sealed class Secret
{
    private readonly SecureString _value;

    public Secret(SecureString value)
    {
        if (value is null || value.Length == 0)
        {
            throw new SoException("InvalidConnectionParameter", SoErrorKind.InvalidArgument, "A secret (a token, a client secret) is empty: pass the value itself.");
        }

        _value = value.Copy();
        _value.MakeReadOnly();
    }

    public static Secret FromPlainText(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        return new Secret(secure);
    }

    public override string ToString() => "********";

    internal string Reveal()
    {
        var pointer = IntPtr.Zero;
        try
        {
            pointer = Marshal.SecureStringToGlobalAllocUnicode(_value);
            return Marshal.PtrToStringUni(pointer)!;
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
