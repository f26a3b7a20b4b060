using System;
using System.Net;
using System.Net.Http;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>How long to wait before the next attempt.</summary>
internal static class RetryDelays
{
    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout
        || (int)status == 429
        || status == HttpStatusCode.BadGateway
        || status == HttpStatusCode.ServiceUnavailable
        || status == HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The server's Retry-After when it gave one (as seconds or as a date), else exponential backoff with jitter
    /// by the number of failures so far.
    /// </summary>
    public static TimeSpan Next(int attempt, HttpResponseMessage? response, HttpPipelineOptions options)
    {
        var serverSays = RetryAfter(response, options.UtcNow());
        if (serverSays.HasValue)
        {
            return serverSays.Value;
        }

        var exponential = options.InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(Math.Max(attempt, 1) - 1, 20));
        var ceiling = Math.Min(exponential, options.MaxBackoff.TotalMilliseconds);

        // Half fixed, half random: clients retrying together spread out, and none retries at once.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (options.Jitter() * ceiling / 2));
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta.HasValue)
        {
            return retryAfter.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : retryAfter.Delta.Value;
        }

        if (retryAfter.Date.HasValue)
        {
            var wait = retryAfter.Date.Value - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
