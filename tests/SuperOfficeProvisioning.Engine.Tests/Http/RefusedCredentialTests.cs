using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tests.Scim;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

/// <summary>A credential the server refuses stops every request that carries it: at most those on the wire go out.</summary>
public sealed class RefusedCredentialTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task After_the_first_401_no_more_than_the_concurrency_limit_of_writes_reach_the_server()
    {
        const int acceptedBeforeRevoked = 20;
        const int concurrency = 8;
        var arrivals = 0;
        var refused = 0;
        var arrivedAfterRefusal = 0;
        var server = new FuncHandler(async (_, _) =>
        {
            if (Volatile.Read(ref refused) == 1)
            {
                Interlocked.Increment(ref arrivedAfterRefusal);
            }

            var n = Interlocked.Increment(ref arrivals);
            await Task.Yield();
            if (n <= acceptedBeforeRevoked)
            {
                return FuncHandler.Json(HttpStatusCode.Created, ScimAnswers.User(n).ToString());
            }

            Volatile.Write(ref refused, 1);
            return FuncHandler.Json(HttpStatusCode.Unauthorized, "{\"detail\":\"The token has been revoked.\"}");
        });
        var client = ScimAnswers.Client(server, new HttpPipelineOptions { MaxAttempts = 1, MaxConcurrency = concurrency });

        var writes = Enumerable.Range(0, 500).Select(i => Task.Run(() => client.CreateUserAsync(new JObject { ["userName"] = $"user{i}@tenant.example" }, CancellationToken.None))).ToList();
        await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(Generous);

        Assert.InRange(arrivedAfterRefusal, 0, concurrency);
        Assert.Equal(acceptedBeforeRevoked, writes.Count(w => w.IsCompletedSuccessfully));
        foreach (var failed in writes.Where(w => !w.IsCompletedSuccessfully))
        {
            var error = Assert.IsAssignableFrom<SoException>(failed.Exception!.InnerException);
            Assert.True(error.RefusesCredentials, $"{error.ErrorId}: {error.Message}");
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, SoErrorKind.Authentication)]
    [InlineData(HttpStatusCode.Forbidden, SoErrorKind.PermissionDenied)]
    public async Task Once_refused_a_credential_fails_every_later_send_at_once_without_touching_the_network(HttpStatusCode status, SoErrorKind kind)
    {
        var server = new FuncHandler(request => new HttpResponseMessage(
            request.Headers.Authorization?.Parameter == "revoked" ? status : HttpStatusCode.OK));
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);

        using (var first = await pipeline.SendAsync(Request("revoked"), CancellationToken.None))
        {
            Assert.Equal(status, first.StatusCode);
        }

        var error = await Assert.ThrowsAsync<CredentialRefusedException>(() => pipeline.SendAsync(Request("revoked"), CancellationToken.None));
        Assert.Equal(CredentialRefusedException.Id, error.ErrorId);
        Assert.Equal(kind, error.Kind);
        Assert.DoesNotContain("revoked", error.Message);
        Assert.Equal(1, server.Received);

        // Other credentials, and requests that carry none (SuperID's token endpoint), are not affected.
        using (await pipeline.SendAsync(Request("renewed"), CancellationToken.None))
        using (await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://tenant.example/login/token"), CancellationToken.None))
        {
            Assert.Equal(3, server.Received);
        }
    }

    [Fact]
    public async Task A_request_in_flight_is_called_off_with_the_refusal_when_another_finds_its_credential_refused()
    {
        var hanging = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new FuncHandler(async (request, token) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/slow", StringComparison.Ordinal))
            {
                hanging.TrySetResult();
                await Task.Delay(Timeout.Infinite, token);
            }

            return new HttpResponseMessage(HttpStatusCode.Unauthorized);
        });
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);

        var slow = pipeline.SendAsync(Request("revoked", "https://tenant.example/scim/v2/slow"), CancellationToken.None);
        await hanging.Task.WaitAsync(Generous);
        using (await pipeline.SendAsync(Request("revoked"), CancellationToken.None))
        {
        }

        var error = await Assert.ThrowsAsync<CredentialRefusedException>(() => slow.WaitAsync(Generous));
        Assert.Equal(CredentialRefusedException.Id, error.ErrorId);
    }

    [Fact]
    public async Task Connecting_again_gives_a_refused_credential_a_fresh_chance()
    {
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);
        using (await pipeline.SendAsync(Request("token"), CancellationToken.None))
        {
        }

        pipeline.ForgetRefusedCredentials();
        using (await pipeline.SendAsync(Request("token"), CancellationToken.None))
        {
        }

        Assert.Equal(2, server.Received);
    }

    [Fact]
    public async Task A_cancelled_request_is_still_a_cancellation_not_a_refusal()
    {
        var server = new FuncHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);
        using var cancel = new CancellationTokenSource();

        var sending = pipeline.SendAsync(Request("token"), cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(Generous));
    }

    private static HttpRequestMessage Request(string token, string url = "https://tenant.example/scim/v2/Users")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("{}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
