using System.Collections.Concurrent;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// SuperID's issued credentials: authorization codes (10 minutes, single use), opaque access tokens (3600 s),
/// refresh tokens and system user tickets (6 hours, sliding). In memory only: a restart signs everyone out.
/// </summary>
internal sealed class CredentialStore(string contextIdentifier, TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(3600);
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromHours(6);

    private readonly ConcurrentDictionary<string, AuthorizationGrant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Expiring> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Caller> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Expiring> _tickets = new(StringComparer.Ordinal);

    private DateTimeOffset Now => time.GetUtcNow();

    public string IssueCode(AuthorizationGrant grant)
    {
        var code = RandomTokens.Base64Url(32);
        _codes[code] = grant;
        return code;
    }

    /// <summary>Takes the code's grant out of the store: a second redemption finds nothing.</summary>
    public AuthorizationGrant? RedeemCode(string code) =>
        _codes.TryRemove(code, out var grant) && grant.ExpiresAt > Now ? grant : null;

    public string IssueAccessToken(Caller caller)
    {
        var token = $"8A:{contextIdentifier}.{RandomTokens.Base64Url(32)}";
        _accessTokens[token] = new Expiring(caller, Now + AccessTokenLifetime);
        return token;
    }

    public Caller? FindAccessToken(string token) =>
        _accessTokens.TryGetValue(token, out var entry) && entry.ExpiresAt > Now ? entry.Caller : null;

    public string IssueRefreshToken(Caller caller)
    {
        var token = RandomTokens.Base64Url(32);
        _refreshTokens[token] = caller;
        return token;
    }

    public Caller? FindRefreshToken(string token) => _refreshTokens.GetValueOrDefault(token);

    public string IssueTicket(Caller caller)
    {
        var ticket = "7T:" + RandomTokens.Base64Url(32);
        _tickets[ticket] = new Expiring(caller, Now + TicketLifetime);
        return ticket;
    }

    /// <summary>Finds a live ticket and slides its expiry another six hours.</summary>
    public Caller? UseTicket(string ticket)
    {
        if (!_tickets.TryGetValue(ticket, out var entry) || entry.ExpiresAt <= Now)
        {
            return null;
        }

        _tickets[ticket] = entry with { ExpiresAt = Now + TicketLifetime };
        return entry.Caller;
    }

    /// <summary>Whether this store issued the access token or ticket (live or not): a credential of this tenant's.</summary>
    public bool Issued(string credential) => _accessTokens.ContainsKey(credential) || _tickets.ContainsKey(credential);

    private sealed record Expiring(Caller Caller, DateTimeOffset ExpiresAt);
}
