using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>Which failures to reach a server are worth another attempt, and how to describe them.</summary>
internal static class TransportFailures
{
    /// <summary>
    /// Worth another attempt: a dropped connection, a timeout. A host name that does not resolve, a TLS handshake
    /// that fails (a certificate not trusted, https to a port that speaks plain http) will not get better by waiting.
    /// </summary>
    public static bool IsTransient(Exception ex) =>
        !CannotGetBetter(ex)
        && (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException || ex is ObjectDisposedException);

    /// <summary>The error for a request that got no answer; <paramref name="deadline"/> when it ran out of time.</summary>
    public static SoException GiveUp(HttpRequestMessage request, int attempts, Exception failure, TimeSpan? deadline = null, string? reason = null) =>
        new SoException(
            "ConnectionFailed",
            SoErrorKind.Connection,
            $"{request.Method} {Redaction.Url(request.RequestUri)} failed after {attempts} attempt(s)"
            + (deadline.HasValue ? $", the request's deadline of {deadline.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" : string.Empty)
            + $": {reason ?? Describe(failure)}",
            failure);

    public static string Describe(Exception ex) =>
        ex is OperationCanceledException || ex is ObjectDisposedException ? "timed out" : ex.GetBaseException().Message;

    /// <summary>
    /// Whether a plain-http request that found its connection closed went to a port that speaks TLS: the
    /// server is then asked for a TLS handshake, and presenting a certificate is the answer. The certificate is
    /// never accepted, and nothing is sent over the connection.
    /// </summary>
    public static async Task<bool> SpeaksTlsAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            return false;
        }

        var presentedCertificate = false;
        using var client = new TcpClient();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(timeout);
        using var _ = stop.Token.Register(client.Dispose);
        try
        {
            await client.ConnectAsync(uri.Host.Trim('[', ']'), uri.Port).ConfigureAwait(false);
            using var tls = new SslStream(client.GetStream(), false, (_, certificate, _, _) =>
            {
                presentedCertificate = certificate is not null;
                return false;
            });
            await tls.AuthenticateAsClientAsync(uri.Host).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Expected either way: the handshake is refused by us (a TLS port) or fails (a plain one). Whatever
            // else goes wrong only means the port is not known to speak TLS; the request's own failure stands.
        }

        return presentedCertificate;
    }

    private static bool CannotGetBetter(Exception ex)
    {
        for (var cause = ex; cause is not null; cause = cause.InnerException)
        {
            if (cause is AuthenticationException
                || cause is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }
                || RequestError(cause) is "NameResolutionError" or "SecureConnectionError")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>HttpRequestException.HttpRequestError, which newer runtimes set and netstandard2.0 cannot name.</summary>
    private static string? RequestError(Exception ex) =>
        ex is HttpRequestException ? ex.GetType().GetProperty("HttpRequestError")?.GetValue(ex)?.ToString() : null;
}
