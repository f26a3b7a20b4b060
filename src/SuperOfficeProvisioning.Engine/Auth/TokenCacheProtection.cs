using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// How the persistent token cache is encrypted. Windows: DPAPI for the current user. Elsewhere the module uses no
/// operating-system key store, so the fallback encrypts with AES-256-CBC and HMAC-SHA256 under a random key kept
/// in a separate file that only the user may read (mode 0600).
/// </summary>
internal abstract class TokenCacheProtection
{
    public abstract string Description { get; }

    public static TokenCacheProtection For(string cachePath) =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new WindowsDataProtection() : (TokenCacheProtection)new KeyFileProtection(cachePath + ".key");

    public abstract byte[] Protect(byte[] data);

    public abstract byte[] Unprotect(byte[] data);

    /// <summary>Creates (or truncates) a file that only the current user can read, before anything is written to it.</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        try
        {
            UnixFileMode.RestrictToOwner(path, directory: false);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private sealed class WindowsDataProtection : TokenCacheProtection
    {
        private const int UiForbidden = 0x1;

        public override string Description => "DPAPI (current user)";

        public override byte[] Protect(byte[] data) => Transform(data, protect: true);

        public override byte[] Unprotect(byte[] data) => Transform(data, protect: false);

        private static byte[] Transform(byte[] data, bool protect)
        {
            var input = new DataBlob { Size = data.Length, Data = Marshal.AllocHGlobal(data.Length) };
            var output = default(DataBlob);
            try
            {
                Marshal.Copy(data, 0, input.Data, data.Length);
                var ok = protect
                    ? CryptProtectData(ref input, null, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output)
                    : CryptUnprotectData(ref input, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output);
                if (!ok)
                {
                    throw new CryptographicException(Marshal.GetLastWin32Error());
                }

                var result = new byte[output.Size];
                Marshal.Copy(output.Data, result, 0, output.Size);
                return result;
            }
            finally
            {
                Marshal.FreeHGlobal(input.Data);
                if (output.Data != IntPtr.Zero)
                {
                    LocalFree(output.Data);
                }
            }
        }

        [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        private static extern bool CryptProtectData(ref DataBlob dataIn, string? description, IntPtr entropy, IntPtr reserved, IntPtr prompt, int flags, ref DataBlob dataOut);

        [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        private static extern bool CryptUnprotectData(ref DataBlob dataIn, IntPtr description, IntPtr entropy, IntPtr reserved, IntPtr prompt, int flags, ref DataBlob dataOut);

        [DllImport("kernel32.dll")]
        private static extern IntPtr LocalFree(IntPtr memory);

        [StructLayout(LayoutKind.Sequential)]
        private struct DataBlob
        {
            public int Size;
            public IntPtr Data;
        }
    }

    private sealed class KeyFileProtection : TokenCacheProtection
    {
        private const byte FormatVersion = 1;
        private const int KeyBytes = 32;
        private const int IvBytes = 16;
        private const int MacBytes = 32;
        private readonly string _keyPath;

        public KeyFileProtection(string keyPath) => _keyPath = keyPath;

        public override string Description => $"AES-256 with a key in '{_keyPath}' (mode 0600)";

        public override byte[] Protect(byte[] data)
        {
            var (encryptionKey, macKey) = Keys(create: true);
            using var aes = Aes.Create();
            aes.Key = encryptionKey;
            aes.GenerateIV();
            using var encryptor = aes.CreateEncryptor();
            var cipher = encryptor.TransformFinalBlock(data, 0, data.Length);
            var body = new byte[1 + IvBytes + cipher.Length];
            body[0] = FormatVersion;
            Buffer.BlockCopy(aes.IV, 0, body, 1, IvBytes);
            Buffer.BlockCopy(cipher, 0, body, 1 + IvBytes, cipher.Length);
            using var hmac = new HMACSHA256(macKey);
            var mac = hmac.ComputeHash(body);
            var result = new byte[body.Length + MacBytes];
            Buffer.BlockCopy(body, 0, result, 0, body.Length);
            Buffer.BlockCopy(mac, 0, result, body.Length, MacBytes);
            return result;
        }

        public override byte[] Unprotect(byte[] data)
        {
            if (data.Length < 1 + IvBytes + MacBytes || data[0] != FormatVersion)
            {
                throw new CryptographicException("The token cache has an unknown format.");
            }

            var (encryptionKey, macKey) = Keys(create: false);
            var bodyLength = data.Length - MacBytes;
            using (var hmac = new HMACSHA256(macKey))
            {
                var expected = hmac.ComputeHash(data, 0, bodyLength);
                var difference = 0;
                for (var i = 0; i < MacBytes; i++)
                {
                    difference |= expected[i] ^ data[bodyLength + i];
                }

                if (difference != 0)
                {
                    throw new CryptographicException("The token cache was changed or was written with another key.");
                }
            }

            using var aes = Aes.Create();
            aes.Key = encryptionKey;
            var iv = new byte[IvBytes];
            Buffer.BlockCopy(data, 1, iv, 0, IvBytes);
            aes.IV = iv;
            using var decryptor = aes.CreateDecryptor();
            return decryptor.TransformFinalBlock(data, 1 + IvBytes, bodyLength - 1 - IvBytes);
        }

        private (byte[] Encryption, byte[] Mac) Keys(bool create)
        {
            if (!File.Exists(_keyPath))
            {
                if (!create)
                {
                    throw new CryptographicException("The token cache's key file is missing.");
                }

                var fresh = new byte[KeyBytes * 2];
                using (var random = RandomNumberGenerator.Create())
                {
                    random.GetBytes(fresh);
                }

                using var stream = CreatePrivateFile(_keyPath);
                var text = System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(fresh));
                stream.Write(text, 0, text.Length);
            }

            var key = Convert.FromBase64String(File.ReadAllText(_keyPath).Trim());
            if (key.Length != KeyBytes * 2)
            {
                throw new SoException("TokenCacheKeyInvalid", SoErrorKind.InvalidOperation, $"The token cache key file '{_keyPath}' is damaged; delete it and the cache to start afresh.");
            }

            var encryption = new byte[KeyBytes];
            var mac = new byte[KeyBytes];
            Buffer.BlockCopy(key, 0, encryption, 0, KeyBytes);
            Buffer.BlockCopy(key, KeyBytes, mac, 0, KeyBytes);
            return (encryption, mac);
        }
    }
}
