using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client.Extensibility;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// The browser step of the sign-in (RFC 8252): listens on <c>http://127.0.0.1:{port}/</c> (a port the system
/// chooses, bound before the browser opens, so the redirect can never arrive too early), opens the sign-in page,
/// and hands MSAL the redirect that comes back. The query (or a form_post body) carries the code.
/// </summary>
internal sealed class LoopbackBrowser : ICustomWebUi, IDisposable
{
    private static readonly string[] LineBreak = { "\r\n" };
    private static readonly char[] Colon = { ':' };
    private static readonly char[] EqualsSign = { '=' };

    private const int MaxRequestBytes = 64 * 1024;
    private static readonly TimeSpan ConnectionTimeout = TimeSpan.FromSeconds(30);
    private readonly TcpListener _listener;
    private readonly Func<Uri, Task> _openBrowser;
    private readonly TimeSpan _timeout;

    /// <param name="registered">The application's registered redirect URI, listened on as it is; null: a port the system picks.</param>
    public LoopbackBrowser(Func<Uri, Task> openBrowser, TimeSpan timeout, Uri? registered = null)
    {
        _openBrowser = openBrowser;
        _timeout = timeout;
        var address = registered is null ? IPAddress.Loopback : LoopbackAddressOf(registered);
        _listener = new TcpListener(address, registered?.Port ?? 0);
        try
        {
            _listener.Start();
        }
        catch (SocketException ex)
        {
            throw new SoException("RedirectUriUnavailable", SoErrorKind.Authentication,
                $"Cannot listen for the sign-in on {registered}: {ex.Message}. Close what uses the port, or register and give another -RedirectUri.");
        }

        RedirectUri = registered ?? new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
    }

    /// <summary>
    /// The address of a redirect URI a native app may register: http, the loopback IP literal (not localhost), a port
    /// and a path (native-apps.md).
    /// </summary>
    public static IPAddress LoopbackAddressOf(Uri redirectUri)
    {
        if (redirectUri.Scheme == Uri.UriSchemeHttp && redirectUri.IsAbsoluteUri && !redirectUri.IsDefaultPort
            && IPAddress.TryParse(redirectUri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)
            && string.IsNullOrEmpty(redirectUri.Fragment))
        {
            return address;
        }

        throw new SoException("InvalidRedirectUri", SoErrorKind.InvalidInput,
            $"The redirect URI '{redirectUri}' is not one a native app can register: use http://127.0.0.1:{{port}}/{{path}} (or http://[::1]:{{port}}/{{path}}), as registered for the application.");
    }

    public Uri RedirectUri { get; }

    public async Task<Uri> AcquireAuthorizationCodeAsync(Uri authorizationUri, Uri redirectUri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var redirect = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using (timeout.Token.Register(() => redirect.TrySetCanceled()))
        {
            var accepting = AcceptAsync(redirect, stop.Token);
            EngineLog.Current.Verbose($"Waiting for SuperID to redirect to {RedirectUri}.");
            await _openBrowser(authorizationUri).ConfigureAwait(false);
            try
            {
                return await redirect.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SoException("SignInTimedOut", SoErrorKind.Authentication, $"No sign-in came back from the browser within {_timeout.TotalMinutes:0} minutes.");
            }
            finally
            {
                stop.Cancel();
                _listener.Stop();
                await accepting.ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _listener.Stop();

    private async Task AcceptAsync(TaskCompletionSource<Uri> redirect, CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        while (!redirect.Task.IsCompleted)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ObjectDisposedException || ex is SocketException || ex is InvalidOperationException)
            {
                break; // stopped: the redirect came, or the wait was given up
            }

            // Each connection on its own: a browser may open one speculatively and send nothing on it.
            connections.Add(Task.Run(() => ServeAsync(client, redirect, cancellationToken), cancellationToken));
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
    }

    private async Task ServeAsync(TcpClient client, TaskCompletionSource<Uri> redirect, CancellationToken cancellationToken)
    {
        using (client)
        using (var alive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            alive.CancelAfter(ConnectionTimeout);
            var stream = client.GetStream();
            using (alive.Token.Register(client.Close))
            {
                try
                {
                    var parameters = await ReadRedirectAsync(stream).ConfigureAwait(false);
                    if (parameters is null)
                    {
                        await RespondAsync(stream, "404 Not Found", "Not the sign-in redirect.").ConfigureAwait(false);
                        return;
                    }

                    var failed = parameters.TryGetValue("error", out var error);
                    await RespondAsync(stream, "200 OK", failed
                        ? "SuperOffice sign-in failed: " + WebUtility.HtmlEncode(error) + ". You can close this window."
                        : "Signed in to SuperOffice. You can close this window and return to PowerShell.").ConfigureAwait(false);
                    var query = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
                    redirect.TrySetResult(new Uri(RedirectUri, "?" + query));
                }
                catch (Exception ex) when (ex is System.IO.IOException || ex is ObjectDisposedException || ex is SocketException || ex is FormatException)
                {
                    // A connection that broke or sent nonsense: the browser will try again, or the wait times out.
                }
            }
        }
    }

    /// <summary>The redirect's parameters, or null when the request is something else (a favicon, say).</summary>
    private async Task<Dictionary<string, string>?> ReadRedirectAsync(NetworkStream stream)
    {
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(buffer, length)) < 0)
        {
            var read = await stream.ReadAsync(buffer, length, buffer.Length - length).ConfigureAwait(false);
            length += read;
            if (read == 0 || length >= buffer.Length)
            {
                return null;
            }
        }

        var head = Encoding.ASCII.GetString(buffer, 0, headerEnd).Split(LineBreak, StringSplitOptions.None);
        var requestLine = head[0].Split(' ');
        if (requestLine.Length < 2)
        {
            return null;
        }

        var target = new Uri(RedirectUri, requestLine[1]);
        if (!string.Equals(target.AbsolutePath, RedirectUri.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        var form = target.Query.TrimStart('?');
        if (requestLine[0] == "POST")
        {
            var contentLength = head.Skip(1).Select(h => h.Split(Colon, 2))
                .Where(h => h.Length == 2 && h[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => int.Parse(h[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            var bodyStart = headerEnd + 4;
            while (length - bodyStart < contentLength && length < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer, length, buffer.Length - length).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            form = Encoding.ASCII.GetString(buffer, bodyStart, Math.Min(contentLength, length - bodyStart));
        }

        var parameters = form.Split('&').Where(p => p.Length > 0).Select(p => p.Split(EqualsSign, 2))
            .GroupBy(p => Decode(p[0]))
            .ToDictionary(g => g.Key, g => Decode(g.First().Length > 1 ? g.First()[1] : string.Empty), StringComparer.Ordinal);
        return parameters.ContainsKey("code") || parameters.ContainsKey("error") ? parameters : null;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private static int IndexOfBlankLine(byte[] buffer, int length)
    {
        for (var i = 0; i + 3 < length; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static async Task RespondAsync(NetworkStream stream, string status, string message)
    {
        var html = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>SuperOffice sign-in</title></head><body><p>{message}</p></body></html>");
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, 0, head.Length).ConfigureAwait(false);
        await stream.WriteAsync(html, 0, html.Length).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }
}
