namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>An element of <c>emails</c> or <c>phoneNumbers</c>.</summary>
internal sealed record ScimTypedValue(string Value, string? Type, bool Primary);
