using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>
/// A SCIM user with its SuperOffice associate: the rule-controlled fields and the projection the WebAPI shows.
/// <paramref name="Reached"/>: the user has reached SuperOffice (user sync on and a rule covering it, at some point);
/// until then the gateway holds the user and SuperOffice has no associate for it.
/// </summary>
internal sealed record UserEntry(ScimUser User, int AssociateId, SuperOfficeFields Fields, SuperOfficeUserProjection Projection, bool Reached);
