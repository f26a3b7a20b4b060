using System.Globalization;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>Graph's <c>$orderby</c>: <c>displayName</c> or <c>displayName desc</c>, several keys in order.</summary>
internal static class GraphSorting
{
    private static readonly StringComparer TextOrder = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<string>? keys, Func<T, string, object?> read)
    {
        if (keys is null || keys.Count == 0)
        {
            return items;
        }

        IOrderedEnumerable<T>? ordered = null;
        foreach (var key in keys.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var property = parts[0];
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<T, string?> sortKey = item => Convert.ToString(read(item, property), CultureInfo.InvariantCulture);
            ordered = (ordered, descending) switch
            {
                (null, false) => items.OrderBy(sortKey, TextOrder),
                (null, true) => items.OrderByDescending(sortKey, TextOrder),
                (_, false) => ordered.ThenBy(sortKey, TextOrder),
                (_, true) => ordered.ThenByDescending(sortKey, TextOrder),
            };
        }

        return ordered ?? items;
    }
}
