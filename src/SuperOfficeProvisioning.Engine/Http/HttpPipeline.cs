using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>
/// The only place the module sends HTTP requests, for SCIM, WebAPI and SuperID alike: a deadline per request,
/// per-attempt timeouts, retries with backoff and Retry-After, a shared pause when the server throttles, a bound
/// on requests in flight, an end to every request of a credential the server refused, cancellation, redacted
/// tracing, and counters.
/// </summary>
public sealed class HttpPipeline : IDisposable
{
    /// <summary>How long a plain-http request whose connection was closed may spend asking whether the port speaks TLS.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpMessageInvoker _transport;
    private readonly SemaphoreSlim _slots;
    private readonly RefusedCredentials _credentials = new RefusedCredentials();
    private long _requestsSent;
    private long _retries;
    private long _resumeAtUtcTicks;

    public HttpPipeline(HttpPipelineOptions options, HttpMessageHandler? transport = null)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.MaxAttempts < 1 || options.MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts and MaxConcurrency must be at least 1.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "AttemptTimeout and TotalTimeout must be longer than zero.");
        }

        _transport = new HttpMessageInvoker(transport ?? TransportPolicy.CreateTransport(options.PinnedCertificateSha256), disposeHandler: true);
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    public HttpPipelineOptions Options { get; }

    /// <summary>Attempts put on the wire, retries included.</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>An HttpClient whose every request goes through this pipeline (handed to MSAL).</summary>
    public HttpClient CreateHttpClient() => new HttpClient(new PipelineMessageHandler(this), disposeHandler: true);

    /// <summary>
    /// Sends the request, retrying what is worth retrying, within <see cref="HttpPipelineOptions.TotalTimeout"/>
    /// for all attempts and waits together. Returns the final response, whatever its status; throws
    /// <see cref="SoException"/> when no response could be had, and OperationCanceledException on cancel.
    /// A request whose credential the server has refused (401 or 403 to any request) fails with
    /// <see cref="CredentialRefusedException"/> without touching the network, or is called off if in flight.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        TransportPolicy.EnsureAllowed(request.RequestUri);
        var credential = _credentials.Of(request);
        try
        {
            return await SendWithRetriesAsync(request, credential, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (credential is not null && credential.IsRefused && !cancellationToken.IsCancellationRequested
            && !(ex is CredentialRefusedException))
        {
            // Called off (or torn down mid-flight) because another request found the credential refused.
            throw credential.Error()!;
        }
    }

    /// <summary>Gives every credential a fresh chance; a new connection is made with what the user now holds.</summary>
    public void ForgetRefusedCredentials() => _credentials.Forget();

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpRequestMessage request, RefusedCredentials.Credential? credential, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        using var waits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, credential?.Refused ?? CancellationToken.None);
        var log = EngineLog.Current;
        var waited = TimeSpan.Zero;
        var spent = TimeSpan.Zero;
        var failures = 0;
        var throttled = 0;

        for (var attempt = 1; ; attempt++)
        {
            var paused = await WaitWhileThrottledAsync(waits.Token).ConfigureAwait(false);
            waited += paused;
            spent += paused;
            var outcome = await SendOnceAsync(request, body, attempt, Options.TotalTimeout - spent, credential, log, cancellationToken).ConfigureAwait(false);
            spent += outcome.Elapsed;
            if (outcome.Response is not null && !RetryDelays.IsRetryable(outcome.Response.StatusCode))
            {
                return outcome.Response;
            }

            // Being throttled (429 with Retry-After) is not a failure: it is bounded by the total wait, and by a
            // generous count in case a server keeps asking for no wait at all. A 503 is a failure, whatever it asks.
            var throttledNow = outcome.Response is not null && (int)outcome.Response.StatusCode == 429
                && RetryDelays.RetryAfter(outcome.Response, Options.UtcNow()).HasValue;
            var exhausted = throttledNow ? ++throttled >= Options.MaxAttempts * 8 : ++failures >= Options.MaxAttempts;
            var delay = RetryDelays.Next(failures, outcome.Response, Options);
            var pastDeadline = spent + delay >= Options.TotalTimeout;
            if (exhausted || pastDeadline || waited + delay > Options.MaxTotalRetryWait)
            {
                return outcome.Response ?? throw TransportFailures.GiveUp(request, attempt, outcome.Failure!, pastDeadline ? Options.TotalTimeout : (TimeSpan?)null);
            }

            var reason = outcome.Response is not null ? $"{(int)outcome.Response.StatusCode}" : TransportFailures.Describe(outcome.Failure!);
            log.Verbose($"Retrying {request.Method} {Redaction.Url(request.RequestUri)} after {reason} in {delay.TotalMilliseconds:0} ms (attempt {attempt + 1}).");
            Interlocked.Increment(ref _retries);
            if (throttledNow)
            {
                // Throttled: every request on this pipeline honours the pause, this one included, at the top of
                // the next attempt. (A 503 speaks of this request only.)
                PauseEveryone(delay);
                outcome.Response!.Dispose();
                continue;
            }

            outcome.Response?.Dispose();
            waited += delay;
            spent += delay;
            await Options.Delay(delay, waits.Token).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _transport.Dispose();
        _slots.Dispose();
    }

    /// <summary>
    /// One attempt, timed from when it gets a slot (waiting for one is not the server's time) and given the
    /// attempt timeout or what is left of the request's deadline, whichever is shorter. A refused credential
    /// calls off the wait for a slot and the send; an answer that has already arrived is still read.
    /// </summary>
    private async Task<AttemptOutcome> SendOnceAsync(HttpRequestMessage original, byte[]? body, int attempt, TimeSpan left, RefusedCredentials.Credential? credential, IEngineLog log, CancellationToken cancellationToken)
    {
        using var request = Clone(original, body);
        var refused = credential?.Refused ?? CancellationToken.None;
        using var queued = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, refused);
        await _slots.WaitAsync(queued.Token).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        try
        {
            // Checked here, not by the token: a refusal is recorded before the tokens of its requests are
            // cancelled one by one, and a request that got its slot meanwhile must not go out.
            if (credential is not null && credential.IsRefused)
            {
                throw new OperationCanceledException(refused);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Shorter(Options.AttemptTimeout, left));
            using var sending = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, refused);
            Interlocked.Increment(ref _requestsSent);
            RequestTally.CountOne();
            TraceRequest(request, attempt, log);
            var response = await _transport.SendAsync(request, sending.Token).ConfigureAwait(false);
            using (timeout.Token.Register(response.Dispose))
            {
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            }

            // The body may have been read just as the token fired and disposed the response: not usable then.
            if (timeout.IsCancellationRequested)
            {
                response.Dispose();
                throw new OperationCanceledException(timeout.Token);
            }

            log.Verbose($"{request.Method} {Redaction.Url(request.RequestUri)} -> {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");

            // Refused while this request still holds its slot: no request can take the slot and go out with the
            // credential before every other one knows.
            if (credential is not null && ((int)response.StatusCode == 401 || (int)response.StatusCode == 403))
            {
                credential.Refuse(request, (int)response.StatusCode);
            }

            return new AttemptOutcome(response, null, watch.Elapsed);
        }
        catch (Exception ex)
        {
            // One look at the token: the caller may cancel at any moment, and a failure read as neither cancelled
            // nor not would escape as the transport's own exception.
            if (cancellationToken.IsCancellationRequested)
            {
                // Cancelling can surface as a disposed response or a broken stream; it is still a cancellation.
                if (ex is OperationCanceledException)
                {
                    throw;
                }

                throw new OperationCanceledException("The request was cancelled.", ex, cancellationToken);
            }

            if (TransportFailures.IsTransient(ex) && !refused.IsCancellationRequested)
            {
                log.Verbose($"{request.Method} {Redaction.Url(request.RequestUri)} failed after {watch.ElapsedMilliseconds} ms: {TransportFailures.Describe(ex)}");

                // A closed connection looks the same whether the server dropped it or it speaks TLS and the request
                // was plain http; only the latter cannot get better by trying again.
                if (attempt == 1 && ex is HttpRequestException && await TransportFailures.SpeaksTlsAsync(request.RequestUri!, ProbeTimeout, cancellationToken).ConfigureAwait(false))
                {
                    throw TransportFailures.GiveUp(request, attempt, ex, reason: "the server's port speaks https, not http: use an https:// URL");
                }

                return new AttemptOutcome(null, ex, watch.Elapsed);
            }

            if (ex is HttpRequestException)
            {
                // Not worth retrying (an unknown host, a certificate that is not trusted): say so at once.
                throw TransportFailures.GiveUp(request, attempt, ex);
            }

            throw;
        }
        finally
        {
            _slots.Release();
        }
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b)
    {
        var shorter = a < b ? a : b;
        return shorter > TimeSpan.Zero ? shorter : TimeSpan.Zero;
    }

    private void PauseEveryone(TimeSpan delay)
    {
        var resumeAt = Options.UtcNow().Add(delay).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _resumeAtUtcTicks);
            if (current >= resumeAt)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _resumeAtUtcTicks, resumeAt, current) != current);
    }

    private async Task<TimeSpan> WaitWhileThrottledAsync(CancellationToken cancellationToken)
    {
        var wait = new TimeSpan(Interlocked.Read(ref _resumeAtUtcTicks) - Options.UtcNow().UtcTicks);
        if (wait <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // Requests paused together resume spread out, or they would all meet the limit again at once.
        wait += TimeSpan.FromTicks((long)(Options.Jitter() * Options.ResumeSpread.Ticks));

        await Options.Delay(wait, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    private static void TraceRequest(HttpRequestMessage request, int attempt, IEngineLog log)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>())
            .Select(h => $"{h.Key}: {Redaction.HeaderValue(h.Key, h.Value)}");
        log.Debug($"{request.Method} {Redaction.Url(request.RequestUri)} (attempt {attempt}) [{string.Join("; ", headers)}]");
    }

    private static HttpRequestMessage Clone(HttpRequestMessage original, byte[]? body)
    {
        var clone = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }
}
