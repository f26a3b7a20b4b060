using System.Globalization;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>The OData-style options of an archive GET: <c>$filter</c>, <c>$orderBy</c>, <c>$select</c>, <c>$top</c>, <c>$skip</c>.</summary>
internal sealed record ODataQuery(
    ODataFilter? Filter,
    IReadOnlyList<(string Field, bool Descending)> OrderBy,
    IReadOnlyList<string>? Select,
    int? Top,
    int Skip)
{
    /// <summary>Parses the options against the archive's field names; a bad option is a 400 naming it.</summary>
    public static (ODataQuery? Query, IResult? Error) Parse(IQueryCollection query, IReadOnlyList<string> fields)
    {
        string? option = null;
        try
        {
            option = "$top";
            var top = ReadCount(query, option);
            option = "$skip";
            var skip = ReadCount(query, option) ?? 0;
            option = "$filter";
            var filter = Text(query, option) is { } filterText ? ODataFilter.Parse(filterText, Resolver(fields)) : null;
            option = "$orderBy";
            var orderBy = ParseOrderBy(Text(query, option), Resolver(fields));
            option = "$select";
            var select = Text(query, option)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Resolver(fields)).ToList();
            return (new ODataQuery(filter, orderBy, select, top, skip), null);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return (null, WebApiErrors.Invalid(option!, $"Invalid {option}: {exception.Message}"));
        }
    }

    private static string? Text(IQueryCollection query, string option) =>
        query.TryGetValue(option, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;

    private static int? ReadCount(IQueryCollection query, string option)
    {
        if (Text(query, option) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new FormatException($"'{text}' is not a non-negative whole number.");
    }

    private static List<(string Field, bool Descending)> ParseOrderBy(string? text, Func<string, string> resolve) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => words.Length switch
            {
                1 => (resolve(words[0]), false),
                2 when words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) => (resolve(words[0]), false),
                2 when words[1].Equals("desc", StringComparison.OrdinalIgnoreCase) => (resolve(words[0]), true),
                _ => throw new FormatException($"'{string.Join(' ', words)}' is not 'Field [asc|desc]'."),
            })
            .ToList();

    private static Func<string, string> Resolver(IReadOnlyList<string> fields) => name =>
        fields.FirstOrDefault(field => field.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FormatException($"Unknown field '{name}'; fields: {string.Join(", ", fields)}.");
}
