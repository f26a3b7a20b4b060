using System.Globalization;
using System.Text;
using SuperOfficeProvisioning.Sandbox.Scim.Store;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>
/// Turns a list query into a ListResponse the way the gateway's <see cref="ScimPaging"/> says: honest index paging,
/// one of the dishonest habits seen in the field, or RFC 9865 cursors when asked for and offered.
/// </summary>
internal static class ListPaging
{
    /// <param name="query">The request.</param>
    /// <param name="read">Reads matches from a 1-based start, at most a count, with the total of all matches.</param>
    public static ListBody Answer<T>(ListQuery query, ScimGatewayOptions options, Func<int, int, QueryPage<T>> read, Func<T, IScimBody> render)
    {
        // A capped server gives fewer than asked, and fewer than its ServiceProviderConfig's maxResults promises.
        var count = options.CountCap is int cap ? Math.Min(query.Count, cap) : query.Count;
        if (query.Cursor is { } cursor && options.CursorPaging)
        {
            var start = FromCursor(cursor);
            var page = read(start, count);
            var next = start + page.Resources.Count;
            return new ListBody(page.TotalResults, start, page.Resources.Select(render).ToList(), byCursor: true,
                nextCursor: next <= page.TotalResults && page.Resources.Count > 0 ? ToCursor(next) : null);
        }

        switch (options.Paging)
        {
            case ScimPaging.IgnoresStartIndexAndCount:
                var first = read(1, Math.Min(options.IgnoredPagingPageSize, options.FilterMaxResults));
                return new ListBody(first.TotalResults, 1, first.Resources.Select(render).ToList());
            case ScimPaging.TotalIsReturnedCount:
                var returned = read(1, count);
                return new ListBody(returned.Resources.Count, 1, returned.Resources.Select(render).ToList());
            default:
                var page = read(query.StartIndex, count);
                return new ListBody(page.TotalResults, query.StartIndex, page.Resources.Select(render).ToList());
        }
    }

    private static string ToCursor(int start) => Convert.ToBase64String(Encoding.UTF8.GetBytes("at:" + start.ToString(CultureInfo.InvariantCulture)));

    private static int FromCursor(string cursor)
    {
        if (cursor.Length == 0)
        {
            return 1;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("at:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start >= 1)
            {
                return start;
            }
        }
        catch (FormatException)
        {
        }

        // RFC 9865 section 2.2: an unknown or expired cursor is a 400 with scimType invalidCursor.
        throw ScimException.InvalidCursor("The cursor is not one this server gave out.");
    }
}
