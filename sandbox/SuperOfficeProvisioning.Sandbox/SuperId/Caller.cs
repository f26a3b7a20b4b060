namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>The principal behind an access token or a ticket, and the application it was issued to.</summary>
/// <param name="Native">Signed in as a native app, whose PKCE stands in for the client_secret (native-apps.md): its refreshes need no secret.</param>
internal sealed record Caller(int AssociateId, string ClientId, CallerKind Kind, bool Native = false);
