namespace SuperOfficeProvisioning.Engine.Apps;

internal enum FieldType
{
    Text,
    Number,
    Flag,
}
