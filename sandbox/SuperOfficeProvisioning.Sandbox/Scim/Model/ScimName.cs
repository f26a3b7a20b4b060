namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

internal sealed record ScimName(string? Formatted, string? FamilyName, string? GivenName);
