namespace SuperOfficeProvisioning.Engine.Errors;

/// <summary>
/// The server has refused a credential (401 or 403 to any request made with it): nothing more is sent with it,
/// and a client that can renew it tries once.
/// </summary>
public sealed class CredentialRefusedException : SoException
{
    public const string Id = "CredentialRefused";

    public CredentialRefusedException(SoErrorKind kind, string message)
        : base(Id, kind, message)
    {
    }
}
