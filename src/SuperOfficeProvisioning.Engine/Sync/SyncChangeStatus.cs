using System;
using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

public enum SyncChangeStatus
{
    Planned,
    Applied,
    Failed,
    Skipped,
}
