namespace SuperOfficeProvisioning.Sandbox.WebApi.Users;

/// <summary>The person a user is.</summary>
internal sealed record UserPerson(string FullName, string? Email);
