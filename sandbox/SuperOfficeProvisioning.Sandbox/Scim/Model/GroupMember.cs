namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>A member as a group shows it: the user's id and display text.</summary>
internal readonly record struct GroupMember(string UserId, string Display);
