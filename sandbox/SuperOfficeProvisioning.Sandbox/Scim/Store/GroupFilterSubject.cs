using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>
/// A group for filter evaluation: its attributes from JSON, its members from the member set, so that
/// <c>members.value eq "id"</c> is a set lookup even for a group of 100,000 members.
/// </summary>
internal sealed class GroupFilterSubject(JsonObject attributes, IReadOnlySet<string> members, Func<string, string> displayOf) : IFilterSubject
{
    private readonly JsonFilterSubject _attributes = new(attributes);

    public IEnumerable<JsonNode?> ElementsOf(ResolvedPath path) =>
        IsMembers(path) ? members.Select(Element) : _attributes.ElementsOf(path);

    public bool? TryMatchDirectly(ComparisonNode comparison) =>
        comparison is { Operator: ComparisonOperator.Equal, Value: string userId, Path.ElementFilter: null } &&
        IsMembers(comparison.Path.Bound) && comparison.Path.Bound.Leaf?.Name == "value"
            ? members.Contains(userId)
            : null;

    /// <summary>The members an element filter such as <c>value eq "…"</c> (relative to <c>members</c>) selects.</summary>
    public IEnumerable<string> MembersMatching(FilterNode elementFilter) =>
        members.Where(userId => FilterEvaluator.Matches(elementFilter, new JsonFilterSubject(Element(userId))));

    /// <summary>The ids a filter of the form <c>value eq "a" or value eq "b"</c> names; null for any other filter.</summary>
    public static IReadOnlyList<string>? MemberIdsNamedBy(FilterNode elementFilter) => elementFilter switch
    {
        ComparisonNode { Operator: ComparisonOperator.Equal, Value: string userId, Path: { Name: var name, SubAttribute: null } }
            when string.Equals(name, "value", StringComparison.OrdinalIgnoreCase) => [userId],
        OrNode either when MemberIdsNamedBy(either.Left) is { } left && MemberIdsNamedBy(either.Right) is { } right => [.. left, .. right],
        _ => null,
    };

    private static bool IsMembers(ResolvedPath path) => path is { Extension: null, Attribute.Name: "members" };

    private JsonObject Element(string userId) => new()
    {
        ["value"] = userId,
        ["display"] = displayOf(userId),
        ["type"] = "User",
    };
}
