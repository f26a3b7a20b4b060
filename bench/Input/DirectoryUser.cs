namespace SuperOfficeProvisioning.Bench.Input;

/// <summary>One user as Get-MgUser returns it, with the properties a provisioning script selects.</summary>
public sealed record DirectoryUser(
    string Id,
    string UserPrincipalName,
    string GivenName,
    string Surname,
    string DisplayName,
    string Mail,
    string Department,
    string JobTitle,
    bool AccountEnabled);
