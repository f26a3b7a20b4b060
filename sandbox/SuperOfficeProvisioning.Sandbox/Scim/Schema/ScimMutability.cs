namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

internal enum ScimMutability
{
    ReadWrite,
    ReadOnly,
    Immutable,
}
