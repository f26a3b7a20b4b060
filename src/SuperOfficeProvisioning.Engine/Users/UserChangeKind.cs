namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>What the plan does about one input user.</summary>
public enum UserChangeKind
{
    /// <summary>The user is already as asked: reported, nothing sent.</summary>
    Unchanged,

    Create,

    /// <summary>Only the attributes that differ are sent.</summary>
    Update,

    /// <summary>De-provision: active = false, as Entra's soft delete.</summary>
    Disable,

    Delete,

    /// <summary>New-SoUser of a user that exists: it is added to the requested groups it is missing from, then reported as existing.</summary>
    CompleteMembership,

    /// <summary>Known to fail before anything is sent (not found, already exists, a group missing, the lookup failed).</summary>
    Fail,
}
