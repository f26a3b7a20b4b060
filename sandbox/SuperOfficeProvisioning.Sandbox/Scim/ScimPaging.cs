namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>
/// How the gateway pages a listing: as RFC 7644 says, or as independent SCIM servers have been seen to do. The
/// dishonest ones let a client prove it never hands the user a duplicate or a silently short listing.
/// </summary>
public enum ScimPaging
{
    /// <summary>startIndex and count honoured; totalResults is every match (RFC 7644 section 3.4.2.4).</summary>
    Honest,

    /// <summary>startIndex and count ignored: every page is the first <see cref="ScimGatewayOptions.IgnoredPagingPageSize"/> matches, startIndex 1, totalResults right.</summary>
    IgnoresStartIndexAndCount,

    /// <summary>startIndex ignored: every page is the first <c>count</c> matches, and totalResults says how many it returned.</summary>
    TotalIsReturnedCount,
}
