using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>What became of one input user: the user as the tenant now has it, or null when it failed.</summary>
public sealed class UserOutcome
{
    public UserOutcome(UserDraft draft, SoUser? user)
    {
        Draft = draft;
        User = user;
    }

    public UserDraft Draft { get; }

    public SoUser? User { get; }
}
