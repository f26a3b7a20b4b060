namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>An authorization code's grant, remembered until the code is redeemed (once) or expires.</summary>
internal sealed record AuthorizationGrant(
    string ClientId,
    string RedirectUri,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    string? Nonce,
    int AssociateId,
    DateTimeOffset ExpiresAt);
