namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>The outcome of one SCIM operation, for an HTTP response or one entry of a bulk response.</summary>
/// <param name="Mutated">Whether the operation changed the gateway's state.</param>
/// <param name="ContentType">The body's media type when it is not application/scim+json.</param>
internal sealed record ScimResult(int Status, IScimBody? Body = null, string? Location = null, bool Mutated = false, string? ContentType = null)
{
    public static ScimResult Error(ScimException exception) =>
        new(exception.Status, new JsonBody(ScimErrors.Body(exception)));
}
