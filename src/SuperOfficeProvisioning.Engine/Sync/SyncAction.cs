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
