using SuperOfficeProvisioning.Sandbox.Scim.Model;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>A group and its member set; both change only under the store's lock.</summary>
internal sealed class GroupEntry(ScimGroup group, long sequence)
{
    public ScimGroup Group { get; set; } = group;

    /// <summary>Creation order, the order lists return groups in.</summary>
    public long Sequence { get; } = sequence;

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
}
