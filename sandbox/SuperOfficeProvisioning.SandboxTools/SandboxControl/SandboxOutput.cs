using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

internal static class SandboxOutput
{
    /// <summary>Wraps an object for the pipeline with a PSTypeName first, which format views and scripts key on.</summary>
    public static PSObject Stamp(object value, string typeName)
    {
        var wrapped = PSObject.AsPSObject(value);
        if (wrapped.TypeNames.Count == 0 || wrapped.TypeNames[0] != typeName)
        {
            // PowerShell keeps a CLR object's type names across wrappers, so the same object may already carry it.
            wrapped.TypeNames.Insert(0, typeName);
        }

        return wrapped;
    }
}
