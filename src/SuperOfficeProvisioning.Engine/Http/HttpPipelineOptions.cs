using System;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>How the one HTTP pipeline times out, retries, throttles and trusts servers.</summary>
public sealed class HttpPipelineOptions
{
    /// <summary>
    /// Time allowed for one attempt, from sending the request to reading the whole response. SCIM and WebAPI
    /// calls answer in seconds; a server that has not answered in 30 s is not going to.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The deadline of one request, all its attempts and the waits between them added up (time spent queued
    /// for a slot, behind this pipeline's other requests, is not counted). A request that has no answer by then
    /// fails with ConnectionFailed (or ends with the last answer it had, a 503 say), so a user can tell how long
    /// one request may take.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Attempts per request, the first one included, counting failures only: a wait the server asked for with
    /// Retry-After is bounded by <see cref="MaxTotalRetryWait"/> instead.
    /// </summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// The most a single request may spend waiting between attempts, all waits added up; the waits count
    /// against <see cref="TotalTimeout"/> too, whichever ends first.
    /// </summary>
    public TimeSpan MaxTotalRetryWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first backoff step; each retry doubles it up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How widely requests paused by a 429 spread their resumption.</summary>
    public TimeSpan ResumeSpread { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Requests in flight at once through this pipeline.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// Uppercase hex SHA-256 of a server certificate to trust even though no authority vouches for it
    /// (a sandbox's self-signed certificate). Every other certificate is validated normally.
    /// </summary>
    public string? PinnedCertificateSha256 { get; set; }

    /// <summary>Source of jitter in [0, 1); replaceable so tests are deterministic.</summary>
    public Func<double> Jitter { get; set; } = SharedRandom.NextDouble;

    /// <summary>Waits between attempts; replaceable so tests need not sleep.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

    public Func<DateTimeOffset> UtcNow { get; set; } = () => DateTimeOffset.UtcNow;

    private static class SharedRandom
    {
        private static readonly Random Random = new Random();

        public static double NextDouble()
        {
            lock (Random)
            {
                return Random.NextDouble();
            }
        }
    }
}
