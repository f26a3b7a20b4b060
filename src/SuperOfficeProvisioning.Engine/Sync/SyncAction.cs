using System;
using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

public enum SyncAction
{
    CreateGroup,
    CreateUser,
    UpdateUser,
    ReactivateUser,
    DisableUser,
    DeleteUser,
    AddMember,
    RemoveMember,
}
