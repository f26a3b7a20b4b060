using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

public sealed class HttpPipelineTests
{
    private static readonly Uri Endpoint = new("https://tenant.example/scim/v2/Users");
    private readonly List<TimeSpan> _waits = new();
    private readonly DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private HttpPipelineOptions Options(double jitter = 0.5) => new()
    {
        Jitter = () => jitter,
        Delay = (wait, token) =>
        {
            lock (_waits)
            {
                _waits.Add(wait);
            }

            return Task.Delay(0, token);
        },
        UtcNow = () => _now,
        ResumeSpread = TimeSpan.Zero,
    };

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured_as_a_whole_duration()
    {
        var handler = new ScriptedHandler()
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(90)))
            .Respond(HttpStatusCode.OK);
        using var pipeline = new HttpPipeline(Options(), handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(90), Assert.Single(_waits));
        Assert.Equal(2, pipeline.RequestsSent);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_waits_until_that_moment()
    {
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(_now.AddSeconds(7)))
            .Respond(HttpStatusCode.Created);
        using var pipeline = new HttpPipeline(Options(), handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent("{\"userName\":\"a\"}") }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(_waits));
        Assert.Equal(handler.Bodies[0], handler.Bodies[1]);
    }

    [Fact]
    public async Task Retries_stop_at_the_attempt_cap_and_return_the_last_answer()
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 3; i++)
        {
            handler.Respond(HttpStatusCode.BadGateway);
        }

        var options = Options();
        options.MaxAttempts = 3;
        using var pipeline = new HttpPipeline(options, handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, _waits.Count);
    }

    [Fact]
    public async Task Retries_stop_when_the_total_wait_would_pass_its_cap()
    {
        var handler = new ScriptedHandler()
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(50)))
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(50)));
        var options = Options();
        options.MaxTotalRetryWait = TimeSpan.FromSeconds(60);
        using var pipeline = new HttpPipeline(options, handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Transient_socket_failures_are_retried_and_then_reported_with_the_attempt_count()
    {
        var handler = new ScriptedHandler()
            .Fail(new HttpRequestException("connection reset"))
            .Fail(new IOException("broken pipe"));
        var options = Options();
        options.MaxAttempts = 2;
        using var pipeline = new HttpPipeline(options, handler);

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Contains("2 attempt", error.Message);
    }

    [Fact]
    public async Task A_host_name_that_does_not_resolve_fails_at_once()
    {
        var handler = new ScriptedHandler()
            .Fail(new HttpRequestException("Name or service not known", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound)));
        using var pipeline = new HttpPipeline(Options(), handler);

        var error = await Assert.ThrowsAsync<SoException>(() => pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None));

        Assert.Equal("ConnectionFailed", error.ErrorId);
        Assert.Single(handler.Requests);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.Conflict);
        using var pipeline = new HttpPipeline(Options(), handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent("{}") }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(handler.Requests);
        Assert.Empty(_waits);
    }

    [Fact]
    public async Task Backoff_grows_exponentially_with_jitter_between_half_and_all_of_each_step()
    {
        async Task<List<TimeSpan>> WaitsWithJitter(double jitter)
        {
            _waits.Clear();
            var handler = new ScriptedHandler();
            for (var i = 0; i < 4; i++)
            {
                handler.Respond(HttpStatusCode.GatewayTimeout);
            }

            handler.Respond(HttpStatusCode.OK);
            var options = Options(jitter);
            options.InitialBackoff = TimeSpan.FromMilliseconds(100);
            using var pipeline = new HttpPipeline(options, handler);
            using var _ = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);
            return _waits.ToList();
        }

        var lowest = await WaitsWithJitter(0);
        var highest = await WaitsWithJitter(0.999999);

        Assert.Equal(new[] { 50.0, 100, 200, 400 }, lowest.Select(w => Math.Round(w.TotalMilliseconds)));
        Assert.Equal(new[] { 100.0, 200, 400, 800 }, highest.Select(w => Math.Round(w.TotalMilliseconds)));
    }

    [Fact]
    public async Task Cancelling_a_hanging_request_ends_it_within_a_second()
    {
        var handler = new ScriptedHandler().Hang();
        using var pipeline = new HttpPipeline(new HttpPipelineOptions(), handler);
        using var cancel = new CancellationTokenSource();

        var sending = pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), cancel.Token);
        var watch = Stopwatch.StartNew();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_ends_it_within_a_second()
    {
        var handler = new ScriptedHandler()
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(60)));
        using var pipeline = new HttpPipeline(new HttpPipelineOptions(), handler);
        using var cancel = new CancellationTokenSource();

        var sending = pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), cancel.Token);
        while (handler.Requests.Count == 0)
        {
            await Task.Yield();
        }

        var watch = Stopwatch.StartNew();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("http://tenant.example/scim/v2/Users", false)]
    [InlineData("http://10.0.0.5/scim/v2/Users", false)]
    [InlineData("http://127.0.0.1:5000/scim/v2/Users", true)]
    [InlineData("http://localhost:5000/scim/v2/Users", true)]
    [InlineData("http://[::1]:5000/scim/v2/Users", true)]
    [InlineData("https://tenant.example/scim/v2/Users", true)]
    public async Task Plain_http_is_refused_except_to_loopback(string url, bool allowed)
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK);
        using var pipeline = new HttpPipeline(Options(), handler);

        var sending = pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), CancellationToken.None);

        if (allowed)
        {
            using var response = await sending;
            Assert.Single(handler.Requests);
        }
        else
        {
            var error = await Assert.ThrowsAsync<SoException>(() => sending);
            Assert.Equal("InsecureEndpoint", error.ErrorId);
            Assert.Empty(handler.Requests);
        }
    }

    [Fact]
    public async Task Traces_show_method_url_and_status_but_no_credentials()
    {
        const string token = "8A:Cust12345.SuperSecretAccessToken";
        const string appToken = "app-token-secret-value";
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK);
        using var pipeline = new HttpPipeline(Options(), handler);
        var log = new RecordingLog();
        var request = new HttpRequestMessage(HttpMethod.Get, "https://tenant.example/login/callback?code=abc123secret&state=s1&tenant=Cust12345");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("SO-AppToken", appToken);

        using (EngineLog.BeginScope(log))
        {
            using var _ = await pipeline.SendAsync(request, CancellationToken.None);
        }

        var trace = string.Join("\n", log.Lines);
        Assert.Contains("GET https://tenant.example/login/callback", trace);
        Assert.Contains("-> 503", trace);
        Assert.Contains("-> 200", trace);
        Assert.Contains("Authorization: Bearer ***", trace);
        Assert.Contains("tenant=Cust12345", trace);
        Assert.DoesNotContain("SuperSecretAccessToken", trace);
        Assert.DoesNotContain(appToken, trace);
        Assert.DoesNotContain("abc123secret", trace);
        Assert.Equal(token, handler.Requests[1].Headers.Authorization!.ToString().Substring("Bearer ".Length));
    }

    [Fact]
    public async Task Waits_the_server_asks_for_do_not_use_up_the_attempts()
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 5; i++)
        {
            handler.Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        }

        handler.Respond(HttpStatusCode.OK);
        var options = Options();
        options.MaxAttempts = 3;
        using var pipeline = new HttpPipeline(options, handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, handler.Requests.Count);
    }

    [Fact]
    public async Task A_paused_request_resumes_within_the_spread_after_the_pause()
    {
        var handler = new ScriptedHandler()
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Respond(HttpStatusCode.OK);
        var options = Options(jitter: 0.5);
        options.ResumeSpread = TimeSpan.FromMilliseconds(400);
        using var pipeline = new HttpPipeline(options, handler);

        using var response = await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(2200), Assert.Single(_waits));
    }

    [Fact]
    public async Task A_throttled_answer_pauses_every_request_on_the_pipeline()
    {
        var handler = new ScriptedHandler()
            .Respond((HttpStatusCode)429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)))
            .Respond(HttpStatusCode.OK)
            .Respond(HttpStatusCode.OK);
        var clock = _now;
        var options = Options();
        options.UtcNow = () => clock;
        using var pipeline = new HttpPipeline(options, handler);

        using (await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None))
        {
        }

        _waits.Clear();
        using (await pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, Endpoint), CancellationToken.None))
        {
        }

        // The pause set by the 429 is still in force for the next request at the same moment.
        Assert.Equal(TimeSpan.FromSeconds(5), Assert.Single(_waits));
    }
}
