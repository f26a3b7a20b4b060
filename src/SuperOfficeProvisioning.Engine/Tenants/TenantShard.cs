using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>
/// One of N parts of a tenant list ("3/8": the third of eight), so N jobs can share the tenants without a list of
/// who does which: a tenant belongs to the shard its context identifier hashes to. The hash is the first four bytes
/// (big-endian) of the SHA-256 of the lower-cased identifier in UTF-8, modulo N, plus one: the same on every machine,
/// in every process and on every run (unlike string.GetHashCode, which .NET randomises per process), and spread
/// evenly whatever the identifiers look like.
/// </summary>
public sealed class TenantShard
{
    /// <summary>More shards than this is a typo, not a plan.</summary>
    public const int MaxCount = 1000;

    public TenantShard(int number, int count)
    {
        if (count < 1 || count > MaxCount || number < 1 || number > count)
        {
            throw Invalid($"{number}/{count}");
        }

        Number = number;
        Count = count;
    }

    /// <summary>Which shard, from 1 to <see cref="Count"/>.</summary>
    public int Number { get; }

    /// <summary>How many shards the tenants are split into.</summary>
    public int Count { get; }

    /// <summary>"3/8": the shard number and the count, each a whole number, the number from 1 to the count.</summary>
    public static TenantShard Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return new TenantShard(number, count);
        }

        throw Invalid(text ?? string.Empty);
    }

    /// <summary>The shard (1 to <paramref name="count"/>) the tenant belongs to.</summary>
    public static int Of(string contextIdentifier, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "There is at least one shard.");
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes((contextIdentifier ?? string.Empty).ToLowerInvariant()));
        var value = ((uint)hash[0] << 24) | ((uint)hash[1] << 16) | ((uint)hash[2] << 8) | hash[3];
        return (int)(value % (uint)count) + 1;
    }

    /// <summary>Whether this shard is the one the tenant belongs to.</summary>
    public bool Contains(string contextIdentifier) => Of(contextIdentifier, Count) == Number;

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);

    private static SoException Invalid(string text) =>
        new SoException("ShardInvalid", SoErrorKind.InvalidArgument,
            $"'{text}' is not a shard: give it as NUMBER/COUNT, such as '3/8' for the third of eight, the number from 1 to the count and the count from 1 to {MaxCount}.");
}
