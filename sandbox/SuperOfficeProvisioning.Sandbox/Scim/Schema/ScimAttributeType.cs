namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

internal enum ScimAttributeType
{
    String,
    Boolean,
    DateTime,
    Reference,
    Complex,
}
