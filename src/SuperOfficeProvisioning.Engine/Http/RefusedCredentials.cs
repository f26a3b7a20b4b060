using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>
/// What the pipeline knows of the credentials it has sent, by a digest of the Authorization header they travel
/// in (never the secret itself). A credential the server refuses (401, or 403) is refused for every request:
/// those still to go fail at once without touching the network, and those in flight are called off, so a dead
/// token costs at most the requests already on the wire.
/// </summary>
internal sealed class RefusedCredentials
{
    private readonly ConcurrentDictionary<string, Credential> _credentials = new ConcurrentDictionary<string, Credential>(StringComparer.Ordinal);

    /// <summary>The credential the request carries; null when it carries none (SuperID's token endpoint, tenant status).</summary>
    public Credential? Of(HttpRequestMessage request)
    {
        var authorization = request.Headers.Authorization;
        return authorization is null ? null : _credentials.GetOrAdd(Digest(authorization.ToString()), _ => new Credential());
    }

    /// <summary>Gives every credential a fresh chance: a new connection may have been granted what was refused.</summary>
    public void Forget() => _credentials.Clear();

    private static string Digest(string authorization)
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(authorization)));
    }

    // Its token source is never disposed: requests may still link to it when the credential is forgotten, and
    // without timers or wait handles there is nothing to release.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Requests may still link to the token source when the credential is forgotten; it holds no timer or wait handle.")]
    internal sealed class Credential
    {
        private readonly CancellationTokenSource _refused = new CancellationTokenSource();
        private Refusal? _refusal;

        /// <summary>Cancelled when the credential is refused.</summary>
        public CancellationToken Refused => _refused.Token;

        public bool IsRefused => Volatile.Read(ref _refusal) is not null;

        /// <summary>Marks the credential refused (the first answer that refused it is the one reported) and calls off its requests.</summary>
        public void Refuse(HttpRequestMessage request, int status)
        {
            var refusal = new Refusal(
                status == 403 ? SoErrorKind.PermissionDenied : SoErrorKind.Authentication,
                $"The server answered {status} to {request.Method} {Redaction.Url(request.RequestUri)}: it no longer accepts this credential, "
                + "so nothing more is sent with it. Connect again with a valid one.");
            if (Interlocked.CompareExchange(ref _refusal, refusal, null) is null)
            {
                EngineLog.Current.Verbose($"{refusal.Message} Requests still in flight with it are called off.");
                try
                {
                    _refused.Cancel();
                }
                catch (AggregateException)
                {
                    // A request's own cancellation callback failing does not make the refusal less final.
                }
            }
        }

        /// <summary>The error for a request that carried the credential after it was refused; a new one each time, as each is thrown on its own.</summary>
        public CredentialRefusedException? Error()
        {
            var refusal = Volatile.Read(ref _refusal);
            return refusal is null ? null : new CredentialRefusedException(refusal.Kind, refusal.Message);
        }

        private sealed class Refusal
        {
            public Refusal(SoErrorKind kind, string message)
            {
                Kind = kind;
                Message = message;
            }

            public SoErrorKind Kind { get; }

            public string Message { get; }
        }
    }
}
