namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>How the sandbox's SCIM gateway behaves; the values the gateway's "SCIM Sync Config" page holds in SuperOffice.</summary>
public sealed class ScimGatewayOptions
{
    /// <summary>The secret token clients send as <c>Authorization: Bearer {token}</c>.</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Whether <c>/Bulk</c> is offered; when false it answers 501 Not Implemented.</summary>
    public bool BulkEnabled { get; set; }

    /// <summary>Creates, empty, each group a rule names, as a gateway configured against existing groups has them.</summary>
    public bool CreateRuleGroups { get; set; }

    /// <summary>The most resources one list or filter response holds (ServiceProviderConfig <c>filter.maxResults</c>).</summary>
    public int FilterMaxResults { get; set; } = 200;

    /// <summary>The most operations one bulk request may hold.</summary>
    public int BulkMaxOperations { get; set; } = 1000;

    /// <summary>The largest bulk request body, in bytes.</summary>
    public int BulkMaxPayloadSize { get; set; } = 1_048_576;

    /// <summary>How listings are paged: honestly, or as a paging-dishonest server does.</summary>
    public ScimPaging Paging { get; set; } = ScimPaging.Honest;

    /// <summary>The page a server that ignores startIndex and count always answers with.</summary>
    public int IgnoredPagingPageSize { get; set; } = 20;

    /// <summary>
    /// The most resources a page holds whatever <c>count</c> asks, below the advertised <c>maxResults</c>, as servers
    /// documented to cap count do (RFC 7644 section 3.4.2.4 allows fewer than asked); null: maxResults alone.
    /// </summary>
    public int? CountCap { get; set; }

    /// <summary>Offers RFC 9865 cursor pagination (advertised in ServiceProviderConfig's <c>pagination</c>).</summary>
    public bool CursorPaging { get; set; }

    /// <summary>Whether filters may join clauses with <c>or</c>; when not, Users refuse them with 400 and Groups fail with 500.</summary>
    public bool OrFilters { get; set; } = true;

    /// <summary>The only attributes a Groups filter may name (others: 400 without scimType); null allows all.</summary>
    public List<string>? GroupFilterAttributes { get; set; }

    /// <summary>The only comparison operators a filter may use (others: 400 without scimType); null allows all.</summary>
    public List<string>? FilterOperators { get; set; }

    /// <summary>
    /// userName is unique only as written: "Ann@x" may be created beside "ann@x", while a filter still matches
    /// userName without regard to case (its schema says caseExact false). Seen in the field.
    /// </summary>
    public bool CaseSensitiveUserNames { get; set; }

    /// <summary>PATCH answers 204 with no body, where RFC 7644 section 3.5.2 also allows 200 with the resource.</summary>
    public bool PatchNoContent { get; set; }

    /// <summary>DELETE of an id that does not exist answers 204, as if it had been deleted.</summary>
    public bool DeleteMissingNoContent { get; set; }

    /// <summary>Errors as application/problem+json (RFC 9457) with a numeric status and no scimType.</summary>
    public bool ProblemJsonErrors { get; set; }

    /// <summary>
    /// The SCIM rules, run in this order. A user reaches SuperOffice only while an active rule covers it: by default one
    /// rule covers every user and sets nothing; with none, the gateway holds users and SuperOffice gets none of them.
    /// </summary>
    public List<ScimRule> Rules { get; set; } = [ScimRule.AllUsers()];

    /// <summary>The gateway's "User sync active": when off, no user reaches SuperOffice (the gateway still holds them).</summary>
    public bool UserSyncActive { get; set; } = true;
}
