namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>Schema URNs and the media type of RFC 7643/7644.</summary>
public static class ScimSchemas
{
    public const string MediaType = "application/scim+json";
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";
}
