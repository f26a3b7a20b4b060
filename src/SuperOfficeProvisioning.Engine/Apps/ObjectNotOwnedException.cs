using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>An object that answers to the manifest but belongs to someone else: reported, never changed.</summary>
public sealed class ObjectNotOwnedException : SoException
{
    public ObjectNotOwnedException(string message)
        : base("ObjectNotOwned", SoErrorKind.AlreadyExists, message)
    {
    }
}
