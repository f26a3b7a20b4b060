using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tenants;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Tenants;

public sealed class TenantShardTests
{
    public static TheoryData<int, int> Lists()
    {
        var data = new TheoryData<int, int>();
        foreach (var size in new[] { 1_000, 10_000 })
        {
            foreach (var count in new[] { 1, 2, 3, 8, 16 })
            {
                data.Add(size, count);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_shards_partition_the_list_exactly_and_evenly(int size, int count)
    {
        var ids = GeneratedIds(size, seed: size + count);
        var shards = Enumerable.Range(1, count).Select(number => new TenantShard(number, count)).ToList();

        var picked = shards.Select(shard => ids.Where(shard.Contains).ToList()).ToList();

        // Every id is in exactly one shard, and together the shards are the whole list.
        Assert.All(ids, id => Assert.Equal(1, shards.Count(shard => shard.Contains(id))));
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), picked.SelectMany(part => part).OrderBy(id => id, StringComparer.Ordinal));

        // Roughly balanced: each shard within four standard deviations of its fair share, as a fair random split would be.
        var (low, high) = Fair(size, count);
        Assert.All(picked, part => Assert.InRange(part.Count, low, high));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Sequential_identifiers_are_balanced_too(int size, int count)
    {
        var ids = Enumerable.Range(1, size).Select(i => $"Cust{i:00000}").ToList();
        var (low, high) = Fair(size, count);

        foreach (var number in Enumerable.Range(1, count))
        {
            Assert.InRange(ids.Count(id => TenantShard.Of(id, count) == number), low, high);
        }
    }

    [Theory]
    // Fixed answers, computed once from the documented hash (first four bytes of SHA-256, big-endian, of the lower-cased
    // identifier, mod N, plus one): the same on every machine, in every process, on every run.
    [InlineData("Cust12345", 2, 1)]
    [InlineData("Cust12345", 4, 3)]
    [InlineData("Cust12345", 8, 7)]
    [InlineData("Cust12345", 16, 15)]
    [InlineData("Cust00001", 8, 8)]
    [InlineData("Cust22222", 4, 1)]
    [InlineData("Cust88888", 16, 12)]
    [InlineData("Cust99999", 3, 2)]
    [InlineData("Cust54321", 8, 3)]
    public void A_tenant_is_always_in_the_same_shard(string contextIdentifier, int count, int expected)
    {
        Assert.Equal(expected, TenantShard.Of(contextIdentifier, count));
        Assert.Equal(expected, TenantShard.Of(contextIdentifier.ToUpperInvariant(), count));
        Assert.True(new TenantShard(expected, count).Contains(contextIdentifier.ToLowerInvariant()));
    }

    [Fact]
    public void The_answer_does_not_change_between_calls()
    {
        var ids = GeneratedIds(1_000, seed: 7);

        var first = ids.Select(id => TenantShard.Of(id, 8)).ToList();
        var second = ids.Select(id => TenantShard.Of(id, 8)).ToList();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("3/8", 3, 8)]
    [InlineData(" 3 / 8 ", 3, 8)]
    [InlineData("1/1", 1, 1)]
    [InlineData("16/16", 16, 16)]
    public void Parses_number_slash_count(string text, int number, int count)
    {
        var shard = TenantShard.Parse(text);

        Assert.Equal(number, shard.Number);
        Assert.Equal(count, shard.Count);
        Assert.Equal($"{number}/{count}", shard.ToString());
    }

    [Theory]
    [InlineData("0/8")]
    [InlineData("9/8")]
    [InlineData("3/0")]
    [InlineData("-1/4")]
    [InlineData("+1/4")]
    [InlineData("3")]
    [InlineData("3/8/1")]
    [InlineData("a/b")]
    [InlineData("3of8")]
    [InlineData("")]
    [InlineData("1/1001")]
    public void Refuses_what_is_not_a_shard_with_a_clear_message(string text)
    {
        var failure = Assert.Throws<SoException>(() => TenantShard.Parse(text));

        Assert.Equal("ShardInvalid", failure.ErrorId);
        Assert.Equal(SoErrorKind.InvalidArgument, failure.Kind);
        Assert.Contains("'3/8'", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A shard's fair share of the list, give or take four standard deviations of a fair random split.</summary>
    private static (double Low, double High) Fair(int size, int count)
    {
        var fair = (double)size / count;
        var deviation = Math.Sqrt(fair * (1 - (1.0 / count)));
        return (fair - (4 * deviation), fair + (4 * deviation));
    }

    /// <summary>Identifiers as tenants have them (letters then digits), drawn from a seeded generator.</summary>
    private static List<string> GeneratedIds(int count, int seed)
    {
        var random = new Random(seed);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (ids.Count < count)
        {
            var prefix = new string(Enumerable.Range(0, random.Next(3, 6)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            ids.Add((random.Next(2) == 0 ? "Cust" : prefix) + random.Next(1, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids.ToList();
    }
}
