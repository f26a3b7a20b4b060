using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

/// <summary>
/// A request ends within its deadline, and failures that waiting cannot mend end at the first attempt.
/// Timeouts are small and configured; assertions count attempts, not seconds.
/// </summary>
public sealed class TimeBoundsTests
{
    private readonly List<TimeSpan> _waits = new();

    [Fact]
    public void The_defaults_are_30_seconds_an_attempt_and_100_seconds_a_request()
    {
        var options = new HttpPipelineOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(100), options.TotalTimeout);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_at_the_request_s_deadline_not_after_every_attempt()
    {
        var server = new FuncHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = Options();
        options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        options.TotalTimeout = TimeSpan.FromSeconds(1);
        options.MaxAttempts = 50;
        using var pipeline = new HttpPipeline(options, server);

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get("https://tenant.example/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Contains("deadline", error.Message);
        Assert.Contains("timed out", error.Message);
        Assert.InRange(server.Received, 1, 5);
    }

    [Fact]
    public async Task Waits_between_attempts_count_against_the_deadline()
    {
        var server = new FuncHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(40));
            return response;
        });
        using var pipeline = new HttpPipeline(Options(), server);

        using var response = await pipeline.SendAsync(Get("https://tenant.example/scim/v2/Users"), CancellationToken.None);

        // 40 s + 40 s of waiting fit the 100 s deadline; a third wait would not.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, server.Received);
        Assert.Equal(new[] { TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(40) }, _waits);
    }

    public static TheoryData<Exception> NameResolutionFailures() => new()
    {
        new HttpRequestException("Temporary failure in name resolution", new SocketException((int)SocketError.TryAgain)),
        new HttpRequestException("No address associated with hostname", new SocketException((int)SocketError.NoData)),
        new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known."),
    };

    [Theory]
    [MemberData(nameof(NameResolutionFailures))]
    public async Task A_host_name_that_does_not_resolve_fails_on_the_first_attempt(Exception failure)
    {
        var server = new FuncHandler((_, _) => Task.FromException<HttpResponseMessage>(failure));
        using var pipeline = new HttpPipeline(Options(), server);

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get("https://no-such-host.example/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Equal(1, server.Received);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task A_plain_http_request_to_a_tls_port_fails_on_the_first_attempt_and_says_to_use_https()
    {
        using var server = LoopbackServer.Tls();
        using var pipeline = new HttpPipeline(Options());

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get($"http://127.0.0.1:{server.Port}/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Contains("https://", error.Message);
        Assert.Equal(1, pipeline.RequestsSent);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task An_https_request_to_a_plain_http_port_fails_on_the_first_attempt()
    {
        using var server = LoopbackServer.PlainHttp();
        using var pipeline = new HttpPipeline(Options());

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get($"https://127.0.0.1:{server.Port}/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Equal(1, pipeline.RequestsSent);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task A_certificate_that_is_not_trusted_fails_on_the_first_attempt()
    {
        using var server = LoopbackServer.Tls();
        using var pipeline = new HttpPipeline(Options());

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get($"https://127.0.0.1:{server.Port}/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Contains("certificate", error.Message);
        Assert.Equal(1, pipeline.RequestsSent);
    }

    [Fact]
    public async Task A_real_port_that_accepts_and_never_answers_fails_at_the_deadline()
    {
        using var server = LoopbackServer.Silent();
        var options = Options();
        options.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        options.TotalTimeout = TimeSpan.FromSeconds(1);
        options.MaxAttempts = 50;
        using var pipeline = new HttpPipeline(options);

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(Get($"http://127.0.0.1:{server.Port}/scim/v2/Users"), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Contains("deadline", error.Message);
        Assert.InRange(pipeline.RequestsSent, 1, 4);
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private HttpPipelineOptions Options() => new()
    {
        Jitter = () => 0.5,
        Delay = (wait, token) =>
        {
            lock (_waits)
            {
                _waits.Add(wait);
            }

            return Task.CompletedTask;
        },
    };
}
