using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// What a SCIM gateway has shown it can do, learnt from ServiceProviderConfig and from its first refusals, and kept
/// on the connection so each refusal costs one request once. Null means not known yet.
/// </summary>
public sealed class ScimCapabilities
{
    /// <summary>Filters may join clauses with <c>or</c> (lookups batch twenty users to a request); false: one clause a request.</summary>
    public bool? OrFilters { get; private set; }

    /// <summary>Groups can be filtered by <c>externalId</c>; false: groups are found by displayName.</summary>
    public bool? GroupExternalIdFilter { get; private set; }

    /// <summary>Listings honour startIndex (pages may be read ahead); false: listings are incomplete and lookups go by filter.</summary>
    public bool? HonestPaging { get; private set; }

    /// <summary>The gateway offers RFC 9865 cursor pagination.</summary>
    public bool? CursorPaging { get; internal set; }

    /// <summary>The gateway offers SCIM Bulk.</summary>
    public bool? Bulk { get; internal set; }

    internal void LearnOrFilters(bool supported, string? why = null) => OrFilters = Learn(OrFilters, supported, "filters joined with 'or'", why);

    internal void LearnGroupExternalIdFilter(bool supported, string? why = null) =>
        GroupExternalIdFilter = Learn(GroupExternalIdFilter, supported, "Groups filtered by externalId (groups are then found by displayName)", why);

    internal void LearnHonestPaging(bool honest) => HonestPaging = Learn(HonestPaging, honest, "listings paged by startIndex", null);

    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string name, bool? value) => parts.Add($"{name}: {(value is null ? "not known yet" : value.Value ? "yes" : "no")}");
        Add("or filters", OrFilters);
        Add("group externalId filter", GroupExternalIdFilter);
        Add("honest paging", HonestPaging);
        Add("cursors", CursorPaging);
        Add("bulk", Bulk);
        return string.Join("; ", parts);
    }

    private static bool Learn(bool? known, bool value, string what, string? why)
    {
        if (known != value)
        {
            EngineLog.Current.Verbose($"The SCIM gateway {(value ? "supports" : "does not support")} {what}{(why is null ? "." : ": " + why)}");
        }

        return value;
    }
}
