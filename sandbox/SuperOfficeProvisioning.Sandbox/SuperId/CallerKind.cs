namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>Who a WebAPI credential stands for: a signed-in user or the application's system user.</summary>
internal enum CallerKind
{
    User,
    SystemUser,
}
