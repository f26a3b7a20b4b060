using System.Net;
using System.Net.Http.Json;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>Injected latency, 429, 503, dropped connections and lost replies, and their reproducibility by seed.</summary>
public sealed class FaultTests
{
    private const string ListRoute = "POST /{ctx}/api/v1/List";

    [Fact]
    public async Task The_same_seed_and_the_same_serial_requests_give_the_same_faults()
    {
        var faults = new FaultOptions { ServiceUnavailableRate = 0.25, DropConnectionRate = 0.15, LostResponseRate = 0.15 };

        var first = await OutcomesAsync(seed: 42, faults);
        var second = await OutcomesAsync(seed: 42, faults);
        var otherSeed = await OutcomesAsync(seed: 43, faults);

        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(first.Injected, second.Injected);
        Assert.NotEqual(first.Outcomes, otherSeed.Outcomes);
        Assert.Contains("503", first.Outcomes);
        Assert.Contains("200", first.Outcomes);
        Assert.Contains("no reply", first.Outcomes);
    }

    [Fact]
    public async Task Reseeding_at_run_time_repeats_the_sequence()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var faults = new FaultOptions { ServiceUnavailableRate = 0.5, Seed = 7 };

        sandbox.Sandbox.SetFaults(faults);
        var first = await SerialOutcomesAsync(sandbox, 20);
        sandbox.Sandbox.SetFaults(faults);
        var second = await SerialOutcomesAsync(sandbox, 20);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_lost_response_performs_the_write_but_the_reply_never_arrives()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
            options.Faults.Script.Add(new ScriptedFault { Route = ListRoute, Kind = FaultKind.LostResponse }));

        var send = () => sandbox.Api.SendAsync(CreateList("Lost reply list"));

        await Assert.ThrowsAsync<HttpRequestException>(send);
        var found = await (await sandbox.Api.GetAsync("List")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Single(found.AsArray(), list => list!["Name"]!.GetValue<string>() == "Lost reply list");
        var stats = sandbox.Sandbox.GetStats();
        Assert.Equal(1, stats.Writes);
        Assert.Equal(1, stats.InjectedFaults["LostResponse"]);
        Assert.False(stats.ByStatus.ContainsKey(201));
    }

    [Fact]
    public async Task A_dropped_connection_never_reaches_the_handler()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
            options.Faults.Script.Add(new ScriptedFault { Route = ListRoute, Kind = FaultKind.DroppedConnection }));

        var send = () => sandbox.Api.SendAsync(CreateList("Dropped list"));

        await Assert.ThrowsAsync<HttpRequestException>(send);
        var found = await (await sandbox.Api.GetAsync("List")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(found.AsArray(), list => list!["Name"]!.GetValue<string>() == "Dropped list");
        Assert.Equal(0, sandbox.Sandbox.GetStats().Writes);
    }

    [Fact]
    public async Task The_rate_limit_answers_429_with_Retry_After_once_the_bucket_is_empty()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
        {
            options.Faults.RateLimitPerSecond = 0.01;
            options.Faults.RateLimitBurst = 2;
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var index = 0; index < 3; index++)
        {
            limited = await sandbox.Api.GetAsync("List");
            statuses.Add(limited.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(limited!.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        await limited.ExpectErrorAsync(HttpStatusCode.TooManyRequests, "SoTooManyRequestsException");
        Assert.Equal(1, sandbox.Sandbox.GetStats().InjectedFaults["RateLimited"]);
    }

    [Fact]
    public async Task Injected_503s_carry_Retry_After_and_the_error_format_of_the_route_family()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
        {
            options.Faults.ServiceUnavailableRate = 1;
            options.Faults.RetryAfterSeconds = 7;
        });

        var webApi = await sandbox.Api.GetAsync("List");
        var scim = await sandbox.Http.GetAsync("Cust12345/scim/v2/Users");

        Assert.Equal(TimeSpan.FromSeconds(7), webApi.Headers.RetryAfter!.Delta);
        await webApi.ExpectErrorAsync(HttpStatusCode.ServiceUnavailable, "SoServiceUnavailableException");
        var scimError = await scim.ExpectJsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("503", scimError["status"]!.GetValue<string>());
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", scimError["schemas"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Routes_limit_the_faults_to_the_chosen_route_family()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
        {
            options.Faults.ServiceUnavailableRate = 1;
            options.Faults.Routes.Add("/login");
        });

        Assert.Equal(HttpStatusCode.OK, (await sandbox.Api.GetAsync("List")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable,
            (await sandbox.Http.GetAsync("login/.well-known/openid-configuration")).StatusCode);
    }

    [Fact]
    public async Task Scripted_faults_hit_the_next_matching_requests_then_stop()
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.Faults.Script.Add(
            new ScriptedFault { Route = "GET /api/state", Kind = FaultKind.ServiceUnavailable, Count = 2 }));

        var statuses = new List<int>();
        for (var index = 0; index < 3; index++)
        {
            statuses.Add((int)(await sandbox.Http.GetAsync("api/state/Cust12345")).StatusCode);
        }

        Assert.Equal([503, 503, 200], statuses);
    }

    [Fact]
    public async Task Latency_is_injected_per_route_and_counted()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
            options.Faults.RouteLatencies.Add(new RouteLatency { Route = "/api/state", MinMs = 1, MaxMs = 5 }));

        await sandbox.Http.GetAsync("api/state/Cust12345");
        await sandbox.Http.GetAsync("api/state/Cust12345");
        await sandbox.Api.GetAsync("List");

        Assert.Equal(2, sandbox.Sandbox.GetStats().InjectedFaults["Latency"]);
    }

    [Fact]
    public async Task Invalid_fault_options_are_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        Assert.Throws<ArgumentException>(() => sandbox.Sandbox.SetFaults(new FaultOptions { DropConnectionRate = 1.5 }));
        Assert.Throws<ArgumentException>(() => sandbox.Sandbox.SetFaults(
            new FaultOptions { ServiceUnavailableRate = 0.6, LostResponseRate = 0.6 }));
        Assert.Throws<ArgumentException>(() => sandbox.Sandbox.SetFaults(new FaultOptions { LatencyMs = 10, LatencyMaxMs = 5 }));
    }

    private static HttpRequestMessage CreateList(string name) =>
        new(HttpMethod.Post, "List") { Content = JsonContent.Create(new { Name = name }) };

    private static async Task<(List<string> Outcomes, IReadOnlyDictionary<string, long> Injected)> OutcomesAsync(int seed, FaultOptions faults)
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
        {
            options.Seed = seed;
            options.Faults = faults;
        });
        var outcomes = await SerialOutcomesAsync(sandbox, 40);
        return (outcomes, sandbox.Sandbox.GetStats().InjectedFaults);
    }

    /// <summary>Each request on a fresh connection, so the client never silently retries one the server dropped.</summary>
    private static async Task<List<string>> SerialOutcomesAsync(TestSandbox sandbox, int count)
    {
        var outcomes = new List<string>();
        for (var index = 0; index < count; index++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/state/Cust12345");
            request.Headers.ConnectionClose = true;
            try
            {
                using var response = await sandbox.Http.SendAsync(request);
                outcomes.Add(((int)response.StatusCode).ToString());
            }
            catch (HttpRequestException)
            {
                outcomes.Add("no reply");
            }
        }

        return outcomes;
    }
}
