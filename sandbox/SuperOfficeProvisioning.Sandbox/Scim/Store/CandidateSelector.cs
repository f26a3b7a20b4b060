using SuperOfficeProvisioning.Sandbox.Scim.Filtering;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>
/// Narrows a filter to the resources an index finds, so that Entra's <c>userName eq "…"</c> and
/// <c>externalId eq "…"</c> never scan 100,000 users. The full filter is still evaluated on the candidates.
/// </summary>
internal static class CandidateSelector
{
    /// <param name="lookup">
    /// Finds the resources whose attribute (<c>userName</c>, <c>members.value</c>, …) equals a value under the
    /// attribute's own case rules; null when that attribute has no index.
    /// </param>
    /// <returns>The candidates, or null when the filter needs a full scan.</returns>
    public static IReadOnlyCollection<T>? Select<T>(FilterNode filter, Func<string, string, IReadOnlyCollection<T>?> lookup)
        where T : class
    {
        switch (filter)
        {
            case ComparisonNode { Operator: ComparisonOperator.Equal, Value: string value, Path.ElementFilter: null } equal
                when equal.Path.Bound is { Extension: null, Attribute: { } attribute, Leaf: { } leaf }:
                return lookup(ReferenceEquals(leaf, attribute) ? attribute.Name : $"{attribute.Name}.{leaf.Name}", value);
            case AndNode and:
                var left = Select(and.Left, lookup);
                var right = Select(and.Right, lookup);
                return left is null ? right : right is null || left.Count <= right.Count ? left : right;
            case OrNode or:
                var either = Select(or.Left, lookup);
                var other = either is null ? null : Select(or.Right, lookup);
                return either is null || other is null ? null : either.Union(other, ReferenceEqualityComparer.Instance).Cast<T>().ToList();
            default:
                return null;
        }
    }
}
