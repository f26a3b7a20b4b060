using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Scim;

/// <summary>A listing never trusts totalResults further than its limit: no unbounded requests or memory.</summary>
public sealed class ScimListingBoundsTests
{
    [Theory]
    [InlineData(2_147_483_647L)]
    [InlineData(10_000_000_000L)]
    [InlineData(1_000_001L)]
    public async Task A_total_beyond_the_limit_stops_after_the_first_page_with_ListingTooLarge(long totalResults)
    {
        var server = new FuncHandler(request => ScimAnswers.IsServiceConfig(request)
            ? ScimAnswers.ServiceConfig(maxResults: 1)
            : ScimAnswers.ListPage(totalResults, ScimAnswers.Paging(request).StartIndex, 1));
        var client = ScimAnswers.Client(server);

        var error = await Assert.ThrowsAsync<SoException>(() => client.FindUsersAsync("active eq true", CancellationToken.None));

        Assert.Equal("ListingTooLarge", error.ErrorId);
        Assert.Equal(SoErrorKind.LimitsExceeded, error.Kind);
        Assert.Contains("1,000,000", error.Message);
        Assert.Equal(2, server.Received);
    }

    [Fact]
    public async Task The_limit_is_configurable_on_the_client()
    {
        var server = new FuncHandler(request =>
        {
            if (ScimAnswers.IsServiceConfig(request))
            {
                return ScimAnswers.ServiceConfig(maxResults: 2);
            }

            var (start, count) = ScimAnswers.Paging(request);
            return ScimAnswers.ListPage(10, start, Math.Max(0, Math.Min(count, 11 - start)));
        });

        var client = ScimAnswers.Client(server);
        client.MaxListedResources = 10;
        Assert.Equal(10, (await client.FindUsersAsync("active eq true", CancellationToken.None)).Select(u => u.ScimId).Distinct().Count());

        client.MaxListedResources = 9;
        var error = await Assert.ThrowsAsync<SoException>(() => client.FindUsersAsync("active eq true", CancellationToken.None));
        Assert.Equal("ListingTooLarge", error.ErrorId);
    }

    [Fact]
    public async Task Pages_that_bring_more_than_the_limit_are_cut_off()
    {
        // Each page brings three resources whatever was asked for, while the total stays within the limit.
        var server = new FuncHandler(request => ScimAnswers.IsServiceConfig(request)
            ? ScimAnswers.ServiceConfig(maxResults: 3)
            : ScimAnswers.ListPage(5, ScimAnswers.Paging(request).StartIndex, 3));
        var client = ScimAnswers.Client(server);
        client.MaxListedResources = 5;

        var error = await Assert.ThrowsAsync<SoException>(() => client.FindUsersAsync("active eq true", CancellationToken.None));

        Assert.Equal("ListingTooLarge", error.ErrorId);
    }

    [Fact]
    public async Task A_long_listing_asks_for_only_a_few_pages_ahead()
    {
        var inFlight = 0;
        var mostInFlight = 0;
        var server = new FuncHandler(async (request, token) =>
        {
            if (ScimAnswers.IsServiceConfig(request))
            {
                return ScimAnswers.ServiceConfig(maxResults: 1);
            }

            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            await Task.Yield();
            Interlocked.Decrement(ref inFlight);
            return ScimAnswers.ListPage(200, ScimAnswers.Paging(request).StartIndex, 1);
        });
        var client = ScimAnswers.Client(server, new() { MaxAttempts = 1, MaxConcurrency = 64 });
        var handedOn = 0;

        await client.ForEachUserPageAsync(null, page => { handedOn += page.Count; return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(200, handedOn);
        Assert.InRange(mostInFlight, 1, 8);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
