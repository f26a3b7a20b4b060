using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// The list parameters Microsoft Graph PowerShell's Get-Mg* cmdlets share, with Graph's paging: without -All or
/// -Top a list returns only its first page (100 objects, or -PageSize).
/// </summary>
public abstract class GraphListCommandBase : PSCmdlet
{
    protected const string ListParameterSet = "List";
    private const int GraphDefaultPageSize = 100;

    /// <summary>Returns every page instead of the first one.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    public SwitchParameter All { get; set; }

    /// <summary>An OData filter such as <c>department eq 'Sales'</c>.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    public string? Filter { get; set; }

    /// <summary>The properties to return (Graph's $select); others stay null.</summary>
    [Parameter]
    [Alias("Select")]
    public string[]? Property { get; set; }

    /// <summary>Returns at most this many objects.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    [Alias("Limit")]
    [ValidateRange(1, int.MaxValue)]
    public int Top { get; set; }

    /// <summary>Property names to sort by, each optionally followed by <c>desc</c>.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    [Alias("OrderBy")]
    public string[]? Sort { get; set; }

    /// <summary>
    /// Accepted for compatibility (Graph's advanced queries want <c>eventual</c>); the stand-in is always consistent.
    /// </summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    public string? ConsistencyLevel { get; set; }

    /// <summary>The name of a variable that receives the number of matching objects.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    [Alias("CV")]
    public string? CountVariable { get; set; }

    /// <summary>The page size; without -All only one page is returned.</summary>
    [Parameter(ParameterSetName = ListParameterSet)]
    [ValidateRange(1, 999)]
    public int PageSize { get; set; } = GraphDefaultPageSize;

    /// <summary>-Property as Graph reads it: names may also come comma-separated in one string.</summary>
    protected IReadOnlyCollection<string>? SelectedProperties =>
        Property is null
            ? null
            : [.. Property.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>Applies -Filter, -Sort, -CountVariable and paging to the candidates, in Graph's order.</summary>
    protected IEnumerable<T> ApplyListOptions<T>(IEnumerable<T> candidates, Func<T, string, object?> read)
    {
        var matches = candidates;
        if (!string.IsNullOrWhiteSpace(Filter))
        {
            var filter = GraphFilter.Parse(Filter);
            matches = matches.Where(item => filter.Matches(name => read(item, name)));
        }

        var list = GraphSorting.Sort(matches, Sort, read).ToList();
        if (CountVariable is not null)
        {
            SessionState.PSVariable.Set(CountVariable, list.Count);
        }

        if (MyInvocation.BoundParameters.ContainsKey(nameof(Top)))
        {
            return list.Take(Top);
        }

        return All ? list : list.Take(PageSize);
    }

    /// <summary>Reports a query Graph would reject as the terminating error Graph PowerShell raises.</summary>
    protected void ThrowQueryError(GraphQueryException exception) =>
        ThrowTerminatingError(new ErrorRecord(exception, exception.ErrorCode, ErrorCategory.InvalidArgument, Filter));

    /// <summary>Reports a missing object (Graph's 404) without stopping the pipeline.</summary>
    protected void WriteNotFound(string kind, string id) =>
        WriteError(new ErrorRecord(
            new ItemNotFoundException(
                $"Resource '{id}' does not exist or one of its queried reference-property objects are not present. ({kind})"),
            "Request_ResourceNotFound",
            ErrorCategory.ObjectNotFound,
            id));
}
