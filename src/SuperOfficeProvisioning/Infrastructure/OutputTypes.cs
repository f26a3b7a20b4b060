using System.Management.Automation;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>The type names our output objects carry, which the format views and users' scripts select on.</summary>
internal static class OutputTypes
{
    public const string Connection = "SuperOffice.Connection";

    public const string User = "SuperOffice.User";

    public const string SyncResult = "SuperOffice.SyncResult";

    public static PSObject Tag(object value, string typeName)
    {
        var wrapped = PSObject.AsPSObject(value);
        if (!wrapped.TypeNames.Contains(typeName))
        {
            wrapped.TypeNames.Insert(0, typeName);
        }

        return wrapped;
    }
}
