using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// A system user ticket for unattended jobs: the system user token is signed with the application's RSA key and
/// exchanged at SuperID for a JWT carrying the ticket. The ticket is cached for its lifetime and renewed when it
/// expires or the WebAPI answers 401. Every request carries <c>Authorization: SOTicket</c> and <c>SO-AppToken</c>.
/// </summary>
public sealed class SystemUserCredential : IWebApiCredential, IDisposable
{
    private const string TicketClaim = "http://schemes.superoffice.net/identity/ticket";

    // Renew a little before the ticket's stated end, so a request never leaves with a ticket about to lapse.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromHours(1);

    private readonly SystemUserSignInRequest _request;
    private readonly RSA _key;
    private readonly HttpPipeline _pipeline;
    private readonly SemaphoreSlim _renewing = new SemaphoreSlim(1, 1);
    private readonly SystemUserTokenValidator _validator;
    private Ticket? _ticket;

    internal SystemUserCredential(SystemUserSignInRequest request, RSA key, HttpPipeline pipeline)
    {
        _request = request;
        _key = key;
        _pipeline = pipeline;
        _validator = new SystemUserTokenValidator(pipeline, request.Authority);
    }

    public string Kind => "SystemUser";

    /// <summary>How many times a ticket was fetched from SuperID (for diagnostics and tests).</summary>
    public int TicketsIssued { get; private set; }

    public async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var ticket = await CurrentTicketAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("SOTicket", ticket);
        request.Headers.Remove("SO-AppToken");
        request.Headers.TryAddWithoutValidation("SO-AppToken", _request.ClientSecret.Reveal());
    }

    public void Invalidate() => _ticket = null;

    public void Dispose()
    {
        _key.Dispose();
        _renewing.Dispose();
    }

    /// <summary>The signed system user token: <c>{system_token}.{yyyyMMddHHmm UTC}.{base64 RSA-SHA256 signature}</c>.</summary>
    internal static string SignSystemToken(string systemToken, DateTimeOffset utcNow, RSA key)
    {
        var signed = systemToken + "." + utcNow.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        return signed + "." + Convert.ToBase64String(SystemUserKey.Sign(key, signed));
    }

    internal async Task<string> CurrentTicketAsync(CancellationToken cancellationToken)
    {
        var ticket = _ticket;
        if (ticket is not null && ticket.RenewAt > _pipeline.Options.UtcNow())
        {
            return ticket.Value;
        }

        await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ticket = _ticket;
            if (ticket is null || ticket.RenewAt <= _pipeline.Options.UtcNow())
            {
                ticket = await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
                _ticket = ticket;
            }

            return ticket.Value;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private async Task<Ticket> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(SuperIdEnvironment.WithSlash(_request.Authority), "Login/api/PartnerSystemUser/Authenticate");
        var body = new JObject
        {
            ["SignedSystemToken"] = SignSystemToken(_request.SystemUserToken.Reveal(), _pipeline.Options.UtcNow(), _key),
            ["ApplicationToken"] = _request.ClientSecret.Reveal(),
            ["ContextIdentifier"] = _request.ContextIdentifier,
            ["ReturnTokenType"] = "JWT",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        JObject? answer = null;
        try
        {
            answer = JToken.Parse(text) as JObject;
        }
        catch (JsonException)
        {
            // Reported below with the status.
        }

        if (!response.IsSuccessStatusCode || answer is null || (bool?)answer["IsSuccessful"] != true)
        {
            var reason = (string?)answer?["ErrorMessage"];
            throw new SoException(
                "SystemUserSignInFailed",
                SoErrorKind.Authentication,
                $"SuperID at {Redaction.Url(_request.Authority)} refused the system user sign-in for '{_request.ContextIdentifier}' ({(int)response.StatusCode}){(string.IsNullOrEmpty(reason) ? "." : ": " + reason)}");
        }

        var claims = await _validator.ValidateAsync((string?)answer["Token"] ?? string.Empty, cancellationToken).ConfigureAwait(false);
        var value = claims.Raw(TicketClaim) ?? throw new SoException("SystemUserSignInFailed", SoErrorKind.Authentication, "SuperID's system user token carries no ticket.");
        var expires = claims.ExpiresAt ?? _pipeline.Options.UtcNow().Add(FallbackLifetime);
        TicketsIssued++;
        EngineLog.Current.Verbose($"Signed in as the system user of {_request.ContextIdentifier}; the ticket is valid until {expires:u}.");
        return new Ticket(value, expires - RenewalMargin);
    }

    private sealed class Ticket
    {
        public Ticket(string value, DateTimeOffset renewAt)
        {
            Value = value;
            RenewAt = renewAt;
        }

        public string Value { get; }

        public DateTimeOffset RenewAt { get; }
    }
}
