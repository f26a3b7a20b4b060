namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>The properties of one Graph resource type, as <c>$select</c>, <c>$filter</c> and <c>$orderby</c> see them.</summary>
internal sealed class GraphSchema<TRecord>(string odataType, IReadOnlyList<GraphProperty<TRecord>> properties)
{
    /// <summary>The resource's type without the leading '#', for example <c>microsoft.graph.user</c>.</summary>
    public string ODataType { get; } = odataType;

    public IReadOnlyList<GraphProperty<TRecord>> Properties { get; } = properties;

    public GraphProperty<TRecord>? Find(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The properties a response carries: Graph's default set without <c>$select</c>, otherwise exactly the selected
    /// ones (<c>*</c> selects all). Unknown names are refused, as Graph refuses them.
    /// </summary>
    public IReadOnlyList<GraphProperty<TRecord>> Select(IReadOnlyCollection<string>? selected)
    {
        if (selected is null || selected.Count == 0)
        {
            return [.. Properties.Where(p => p.IsDefault)];
        }

        if (selected.Contains("*"))
        {
            return Properties;
        }

        return [.. selected.Select(name => Find(name) ?? throw UnknownProperty(name)).Distinct()];
    }

    public object? Read(TRecord record, string propertyName) =>
        (Find(propertyName) ?? throw UnknownProperty(propertyName)).Read(record);

    public GraphQueryException UnknownProperty(string name) =>
        new("Request_BadRequest", $"Could not find a property named '{name}' on type '{ODataType}'.");
}
