namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>A request the gateway refuses, answered with the error shape of RFC 7644 section 3.12.</summary>
internal sealed class ScimException(int status, string? scimType, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>The RFC 7644 <c>scimType</c> keyword; only 400 and 409 answers carry one.</summary>
    public string? ScimType { get; } = scimType;

    public static ScimException InvalidFilter(string detail) => new(400, "invalidFilter", detail);

    public static ScimException InvalidCursor(string detail) => new(400, "invalidCursor", detail);

    public static ScimException InvalidSyntax(string detail) => new(400, "invalidSyntax", detail);

    public static ScimException InvalidValue(string detail) => new(400, "invalidValue", detail);

    public static ScimException InvalidPath(string detail) => new(400, "invalidPath", detail);

    public static ScimException NoTarget(string detail) => new(400, "noTarget", detail);

    public static ScimException Mutability(string detail) => new(400, "mutability", detail);

    public static ScimException Uniqueness(string detail) => new(409, "uniqueness", detail);

    public static ScimException NotFound(string detail) => new(404, null, detail);

    /// <summary>A refusal without a scimType, as servers that do not follow RFC 7644 section 3.12 send one.</summary>
    public static ScimException Bare(int status, string detail) => new(status, null, detail);
}
