using System.Collections.Concurrent;
using System.Net;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Tenants;

public sealed class TenantFanOutTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Runs_every_tenant_once_and_reaches_but_never_passes_the_throttle_limit()
    {
        // Every tenant waits until four run at once, so the limit is reached; a fifth at any moment would show in the peak.
        const int limit = 4;
        var tenants = Enumerable.Range(1, 40).Select(i => $"Cust{i}").ToList();
        var running = 0;
        var peak = 0;
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ran = new ConcurrentBag<string>();

        var runs = await TenantFanOut.RunAllAsync(tenants, t => t, t => t, limit, async (tenant, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            if (now == limit)
            {
                full.TrySetResult();
            }

            await full.Task;
            ran.Add(tenant);
            Interlocked.Decrement(ref running);
            return tenant.Length;
        }, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(limit, peak);
        Assert.Equal(tenants.OrderBy(t => t), ran.OrderBy(t => t));
        Assert.Equal(tenants, runs.Select(run => run.Tenant));
        Assert.All(runs, run => Assert.True(run.Succeeded));
    }

    [Fact]
    public async Task One_tenants_failure_is_its_own_and_the_others_go_on()
    {
        var tenants = new[] { "Cust1", "Cust2", "Cust3", "Cust4" };

        var runs = await TenantFanOut.RunAllAsync(tenants, t => t, t => t, 2, (tenant, _) => tenant switch
        {
            "Cust2" => throw new SoException("TenantNotRunning", SoErrorKind.Unavailable, "Tenant 'Cust2' is not running: its state is Suspended."),
            "Cust3" => Task.FromException<string>(new CredentialRefusedException(SoErrorKind.Authentication, "The server answered 401.")),
            _ => Task.FromResult(tenant.ToUpperInvariant()),
        }, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(new[] { "CUST1", null, null, "CUST4" }, runs.Select(run => run.Value));
        Assert.Equal(SoErrorKind.Unavailable, runs[1].Failure!.Kind);
        Assert.Equal("Tenant 'Cust2' is not running: its state is Suspended.", runs[1].NamedFailure!.Message);
        Assert.Equal(SoErrorKind.Authentication, runs[2].Failure!.Kind);
        Assert.Equal("Tenant Cust3: The server answered 401.", runs[2].NamedFailure!.Message);
        Assert.Equal(CredentialRefusedException.Id, runs[2].NamedFailure!.ErrorId);
        Assert.True(runs[0].Succeeded);
        Assert.True(runs[3].Succeeded);
    }

    [Fact]
    public async Task Work_for_one_tenant_runs_one_piece_after_another_in_the_order_given()
    {
        using var fanOut = new TenantFanOut(8);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new ConcurrentQueue<string>();
        var secondStarted = false;

        var a1 = fanOut.RunAsync("Cust1", "cust1", async _ =>
        {
            order.Enqueue("a1");
            await first.Task;
            return 1;
        }, CancellationToken.None);
        var a2 = fanOut.RunAsync("Cust1", "cust1", _ =>
        {
            secondStarted = true;
            order.Enqueue("a2");
            return Task.FromResult(2);
        }, CancellationToken.None);
        var other = fanOut.RunAsync("Cust2", "cust2", _ => Task.FromResult(3), CancellationToken.None);
        var a3 = fanOut.RunAsync("Cust1", "CUST1", _ =>
        {
            order.Enqueue("a3");
            return Task.FromResult(4);
        }, CancellationToken.None);

        // Another tenant is not held up; the same tenant's second piece waits for its first.
        Assert.Equal(3, (await other.WaitAsync(Generous)).Value);
        Assert.False(secondStarted);
        first.SetResult();
        await Task.WhenAll(a1, a2, a3).WaitAsync(Generous);

        Assert.Equal(new[] { "a1", "a2", "a3" }, order);
    }

    [Fact]
    public async Task The_next_piece_for_a_tenant_runs_after_one_that_failed()
    {
        using var fanOut = new TenantFanOut(2);

        var failed = fanOut.RunAsync<int>("Cust1", "cust1", _ => throw new SoException("X", SoErrorKind.ServerError, "boom"), CancellationToken.None);
        var next = fanOut.RunAsync("Cust1", "cust1", _ => Task.FromResult(5), CancellationToken.None);

        Assert.False((await failed.WaitAsync(Generous)).Succeeded);
        Assert.Equal(5, (await next.WaitAsync(Generous)).Value);
    }

    [Fact]
    public async Task Each_tenant_counts_only_its_own_requests_even_through_a_shared_pipeline()
    {
        // One pipeline for both tenants, the worst case: its own count mixes them, each tenant's does not.
        var answered = 0;
        var handler = new FuncHandler(_ => Interlocked.Increment(ref answered) == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : new HttpResponseMessage(HttpStatusCode.OK));
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { Delay = (_, _) => Task.CompletedTask, Jitter = () => 0 }, handler);
        var sends = new Dictionary<string, int> { ["Cust1"] = 3, ["Cust2"] = 5 };

        var runs = await TenantFanOut.RunAllAsync(sends.Keys.ToList(), t => t, t => t, 2, async (tenant, token) =>
        {
            for (var i = 0; i < sends[tenant]; i++)
            {
                using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://tenant.example/api/v1/List"), token);
            }

            return true;
        }, CancellationToken.None).WaitAsync(Generous);

        // The one 503 was retried: one more attempt for whichever tenant drew it.
        Assert.Equal(9, pipeline.RequestsSent);
        Assert.Equal(9, runs.Sum(run => run.Requests));
        Assert.InRange(runs[0].Requests, 3, 4);
        Assert.InRange(runs[1].Requests, 5, 6);
        Assert.Equal(9, handler.Received);
    }

    [Fact]
    public async Task A_stop_cancels_the_run_instead_of_failing_tenants()
    {
        using var fanOut = new TenantFanOut(1);
        using var stop = new CancellationTokenSource();
        var hold = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = fanOut.RunAsync("Cust1", "cust1", token => hold.Task.WaitAsync(token), stop.Token);
        var waiting = fanOut.RunAsync("Cust2", "cust2", _ => Task.FromResult(2), stop.Token);

        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Generous));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Generous));
    }

    [Fact]
    public async Task A_failure_that_is_not_the_engines_is_not_taken_for_a_tenants()
    {
        using var fanOut = new TenantFanOut(1);

        var run = fanOut.RunAsync<int>("Cust1", "cust1", _ => throw new InvalidOperationException("a bug"), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(Generous));
    }

    [Fact]
    public void Refuses_a_throttle_limit_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TenantFanOut(0));

    private static void InterlockedMax(ref int target, int value)
    {
        int before;
        while ((before = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, before) != before)
        {
        }
    }
}
