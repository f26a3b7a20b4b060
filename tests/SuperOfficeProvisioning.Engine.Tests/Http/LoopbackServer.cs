using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

/// <summary>
/// A socket server on a free loopback port that handles each connection with a function: enough to play a TLS
/// port, a plain-http port, or one that never answers. Connections are counted.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    private LoopbackServer(Func<NetworkStream, CancellationToken, Task> handle)
    {
        _listener.Start();
        _ = AcceptAsync(handle);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Speaks TLS with a self-signed certificate, and closes the connection when the handshake fails.</summary>
    public static LoopbackServer Tls()
    {
        var certificate = SelfSignedCertificate();
        return new LoopbackServer(async (stream, token) =>
        {
            using var tls = new SslStream(stream);
            await tls.AuthenticateAsServerAsync(certificate);
            _ = await tls.ReadAsync(new byte[1024], token);
        });
    }

    /// <summary>Answers whatever arrives with a plain-http 400, as a web server does to a TLS handshake.</summary>
    public static LoopbackServer PlainHttp() => new(async (stream, token) =>
    {
        _ = await stream.ReadAsync(new byte[4096], token);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), token);
    });

    /// <summary>Accepts the connection, reads the request, and never answers.</summary>
    public static LoopbackServer Silent() => new(async (stream, token) =>
    {
        _ = await stream.ReadAsync(new byte[4096], token);
        await Task.Delay(Timeout.Infinite, token);
    });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private async Task AcceptAsync(Func<NetworkStream, CancellationToken, Task> handle)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        await handle(client.GetStream(), _stop.Token);
                    }
                    catch (Exception)
                    {
                        // The connection ends however the client left it.
                    }
                }
            });
        }
    }
}
