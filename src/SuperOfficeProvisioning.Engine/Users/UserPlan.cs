using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// What a batch of New-, Set- or Remove-SoUser input will do, computed from what the tenant holds before
/// anything is written. The host confirms it, on its own thread, before it is applied.
/// </summary>
public sealed class UserPlan
{
    public UserPlan(IReadOnlyList<PlannedUserChange> changes) => Changes = changes;

    public IReadOnlyList<PlannedUserChange> Changes { get; }

    /// <summary>The rows that write, if approved.</summary>
    public IEnumerable<PlannedUserChange> Writes => Changes.Where(c => c.Action is not null || c.Kind == UserChangeKind.CompleteMembership);

    /// <summary>Asks the host about every write of the plan (-WhatIf, -Confirm); a membership completion is asked about group by group.</summary>
    public void Confirm(IOperationHost<UserOutcome> host)
    {
        foreach (var change in Writes)
        {
            if (change.Kind == UserChangeKind.CompleteMembership)
            {
                foreach (var group in change.Groups)
                {
                    if (host.Confirm(change.Target, $"Add existing SuperOffice user to SCIM group '{group.DisplayName}'") == WriteDecision.Write)
                    {
                        change.ApproveGroup(group);
                    }
                }
            }
            else
            {
                change.Approved = host.Confirm(change.Target, change.Action!) == WriteDecision.Write;
            }
        }
    }
}
