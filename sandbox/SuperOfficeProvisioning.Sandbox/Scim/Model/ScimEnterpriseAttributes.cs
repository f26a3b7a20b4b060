namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>The enterprise extension's attributes; <see cref="ManagerId"/> is the manager's SCIM id.</summary>
internal sealed record ScimEnterpriseAttributes(string? EmployeeNumber, string? Department, string? ManagerId);
