using System;
using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>Just enough of ASN.1 DER to read RSA private keys (PKCS#1 and PKCS#8).</summary>
internal sealed class DerReader
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _position;

    public DerReader(byte[] data)
        : this(data, 0, data.Length)
    {
    }

    private DerReader(byte[] data, int start, int end)
    {
        _data = data;
        _position = start;
        _end = end;
    }

    public DerReader Sequence()
    {
        var (start, length) = Read(0x30);
        return new DerReader(_data, start, start + length);
    }

    public byte[] Integer() => Bytes(0x02);

    public byte[] OctetString() => Bytes(0x04);

    public string ObjectIdentifier()
    {
        var bytes = Bytes(0x06);
        if (bytes.Length == 0)
        {
            throw new FormatException("An empty object identifier.");
        }

        var parts = new List<string> { (bytes[0] / 40).ToString(System.Globalization.CultureInfo.InvariantCulture), (bytes[0] % 40).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        long value = 0;
        for (var i = 1; i < bytes.Length; i++)
        {
            value = (value << 7) | (uint)(bytes[i] & 0x7F);
            if ((bytes[i] & 0x80) == 0)
            {
                parts.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                value = 0;
            }
        }

        return string.Join(".", parts);
    }

    private byte[] Bytes(byte tag)
    {
        var (start, length) = Read(tag);
        var result = new byte[length];
        Buffer.BlockCopy(_data, start, result, 0, length);
        return result;
    }

    private (int Start, int Length) Read(byte tag)
    {
        if (_position >= _end || _data[_position] != tag)
        {
            throw new FormatException($"Expected ASN.1 tag 0x{tag:X2}.");
        }

        _position++;
        var length = (int)_data[_position++];
        if (length > 0x7F)
        {
            var octets = length & 0x7F;
            if (octets == 0 || octets > 4)
            {
                throw new FormatException("Unsupported ASN.1 length.");
            }

            length = 0;
            for (var i = 0; i < octets; i++)
            {
                length = (length << 8) | _data[_position++];
            }
        }

        var start = _position;
        if (length < 0 || start + length > _end)
        {
            throw new FormatException("An ASN.1 value runs past its end.");
        }

        _position = start + length;
        return (start, length);
    }
}
