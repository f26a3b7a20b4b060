namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

internal enum PatchOperationKind
{
    Add,
    Replace,
    Remove,
}
