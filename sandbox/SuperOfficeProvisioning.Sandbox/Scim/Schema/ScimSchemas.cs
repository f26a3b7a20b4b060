using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>
/// The attributes the gateway stores: the subset of RFC 7643 sections 4.1, 4.2 and 4.3 that SuperOffice maps, plus
/// the common attributes of section 3.1.
/// </summary>
internal static class ScimSchemas
{
    public static readonly ScimAttribute Id = new("id", ScimAttributeType.String)
    {
        CaseExact = true, Mutability = ScimMutability.ReadOnly, Returned = "always", Uniqueness = "server",
        Description = "Unique identifier of the resource, assigned by the gateway.",
    };

    public static readonly ScimAttribute ExternalId = new("externalId", ScimAttributeType.String)
    {
        CaseExact = true, Description = "Identifier of the resource in the provisioning client (Entra: objectId).",
    };

    public static readonly ScimAttribute Meta = new("meta", ScimAttributeType.Complex)
    {
        Mutability = ScimMutability.ReadOnly,
        Description = "Resource metadata.",
        SubAttributes =
        [
            new("resourceType", ScimAttributeType.String) { CaseExact = true, Mutability = ScimMutability.ReadOnly },
            new("created", ScimAttributeType.DateTime) { Mutability = ScimMutability.ReadOnly },
            new("lastModified", ScimAttributeType.DateTime) { Mutability = ScimMutability.ReadOnly },
            new("location", ScimAttributeType.Reference) { CaseExact = true, Mutability = ScimMutability.ReadOnly, ReferenceTypes = ["uri"] },
            new("version", ScimAttributeType.String) { CaseExact = true, Mutability = ScimMutability.ReadOnly },
        ],
    };

    public static readonly IReadOnlyList<ScimAttribute> CommonAttributes = [Id, ExternalId, Meta];

    public static readonly ScimSchemaDefinition User = new(ScimUrns.User, "User", "User Account",
    [
        new("userName", ScimAttributeType.String)
        {
            Required = true, Uniqueness = "server",
            Description = "Unique identifier for the user, used to sign in (Entra: userPrincipalName). Compared case-insensitively.",
        },
        new("name", ScimAttributeType.Complex)
        {
            Description = "The components of the user's name.",
            SubAttributes =
            [
                new("formatted", ScimAttributeType.String) { Description = "The full name." },
                new("familyName", ScimAttributeType.String) { Description = "The family name." },
                new("givenName", ScimAttributeType.String) { Description = "The given name." },
            ],
        },
        new("displayName", ScimAttributeType.String) { Description = "The name shown for the user." },
        new("title", ScimAttributeType.String) { Description = "The user's title, e.g. Vice President." },
        new("preferredLanguage", ScimAttributeType.String) { Description = "The user's preferred language, e.g. nb-NO." },
        new("active", ScimAttributeType.Boolean) { Description = "Whether the user may sign in and holds a licence." },
        MultiValuedStrings("emails", "Email addresses for the user.", ["work", "home", "other"]),
        MultiValuedStrings("phoneNumbers", "Phone numbers for the user.", ["work", "home", "mobile", "fax", "pager", "other"]),
    ]);

    public static readonly ScimSchemaDefinition EnterpriseUser = new(ScimUrns.EnterpriseUser, "EnterpriseUser", "Enterprise User",
    [
        new("employeeNumber", ScimAttributeType.String) { Description = "Identifier assigned by the organization." },
        new("department", ScimAttributeType.String) { Description = "Name of a department." },
        new("manager", ScimAttributeType.Complex)
        {
            Description = "The user's manager.",
            SubAttributes =
            [
                new("value", ScimAttributeType.String) { CaseExact = true, Description = "The id of the manager's SCIM resource." },
                new("$ref", ScimAttributeType.Reference) { CaseExact = true, ReferenceTypes = ["User"] },
                new("displayName", ScimAttributeType.String) { Mutability = ScimMutability.ReadOnly },
            ],
        },
    ]);

    public static readonly ScimSchemaDefinition Group = new(ScimUrns.Group, "Group", "Group",
    [
        new("displayName", ScimAttributeType.String)
        {
            Required = true, Uniqueness = "server",
            Description = "The group's name; SCIM rules find groups by it. Compared case-insensitively.",
        },
        new("members", ScimAttributeType.Complex)
        {
            MultiValued = true,
            Description = "The members of the group (users only).",
            SubAttributes =
            [
                new("value", ScimAttributeType.String)
                {
                    CaseExact = true, Mutability = ScimMutability.Immutable, Description = "The id of a user.",
                },
                new("$ref", ScimAttributeType.Reference)
                {
                    CaseExact = true, Mutability = ScimMutability.Immutable, ReferenceTypes = ["User"],
                },
                new("display", ScimAttributeType.String) { Mutability = ScimMutability.ReadOnly },
                new("type", ScimAttributeType.String) { Mutability = ScimMutability.Immutable, CanonicalValues = ["User"] },
            ],
        },
    ]);

    public static readonly ScimResourceSchema UserResource = new("User", "/Users", User, [EnterpriseUser]);

    public static readonly ScimResourceSchema GroupResource = new("Group", "/Groups", Group, []);

    public static readonly IReadOnlyList<ScimSchemaDefinition> All = [User, EnterpriseUser, Group];

    public static readonly IReadOnlyList<ScimResourceSchema> ResourceTypes = [UserResource, GroupResource];

    private static ScimAttribute MultiValuedStrings(string name, string description, IReadOnlyList<string> types) =>
        new(name, ScimAttributeType.Complex)
        {
            MultiValued = true,
            Description = description,
            SubAttributes =
            [
                new("value", ScimAttributeType.String) { Description = "The value." },
                new("type", ScimAttributeType.String) { CanonicalValues = types, Description = "A label for the value's function." },
                new("primary", ScimAttributeType.Boolean) { Description = "Whether this is the primary value; true at most once." },
            ],
        };
}
