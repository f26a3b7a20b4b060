namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>What happens to members that are in the SCIM group but no longer in the input.</summary>
public enum RemovedMemberAction
{
    RemoveFromGroup,
    Disable,
    Delete,
}
