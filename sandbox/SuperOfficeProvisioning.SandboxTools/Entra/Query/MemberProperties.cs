using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>
/// Reads properties of group members, which may be users, groups or devices: a name any of them knows is valid,
/// and reads as null on the types that lack it.
/// </summary>
internal static class MemberProperties
{
    public static object? Read(object member, string name)
    {
        EnsureKnown(name);
        return member switch
        {
            DirectoryUser u => GraphSchemas.User.Find(name)?.Read(u),
            DirectoryGroup g => GraphSchemas.Group.Find(name)?.Read(g),
            DirectoryDevice d => GraphSchemas.Device.Find(name)?.Read(d),
            _ => null,
        };
    }

    public static void EnsureKnown(IEnumerable<string>? names)
    {
        foreach (var name in names ?? [])
        {
            EnsureKnown(name);
        }
    }

    private static void EnsureKnown(string name)
    {
        var known = name == "*"
            || GraphSchemas.User.Find(name) is not null
            || GraphSchemas.Group.Find(name) is not null
            || GraphSchemas.Device.Find(name) is not null;
        if (!known)
        {
            throw new GraphQueryException(
                "Request_BadRequest", $"Could not find a property named '{name}' on type 'microsoft.graph.directoryObject'.");
        }
    }
}
