namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// Answers a list route (<c>GET /List</c>, <c>/List/{id}/Items</c>, <c>/List/WebPanel/Items</c>) as the REST reference
/// documents it: a plain JSON array, soft-deleted rows left out unless <c>includeDeleted=true</c>, and no OData options
/// (those belong to archive routes; one sent here is refused, so a client that relies on it finds out).
/// </summary>
internal static class PlainList
{
    public static IResult Create<T>(HttpContext context, IEnumerable<T> rows, Func<T, bool> deleted)
    {
        if (context.Request.Query.Keys.FirstOrDefault(key => key.StartsWith('$')) is { } option)
        {
            return WebApiErrors.Invalid(option, $"{option} is an archive option; this list route takes only includeDeleted.");
        }

        var includeDeleted = context.Request.Query["includeDeleted"].ToString();
        if (includeDeleted.Length > 0 && !bool.TryParse(includeDeleted, out _))
        {
            return WebApiErrors.Invalid("includeDeleted", "includeDeleted is true or false.");
        }

        var withDeleted = includeDeleted.Length > 0 && bool.Parse(includeDeleted);
        return WebApiResults.Json(rows.Where(row => withDeleted || !deleted(row)).ToList());
    }
}
