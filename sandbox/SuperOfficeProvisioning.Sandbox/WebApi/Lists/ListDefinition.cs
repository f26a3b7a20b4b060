namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>A list definition as the WebAPI's <c>/List</c> shows it.</summary>
internal sealed class ListDefinition : IWebApiEntity<ListDefinition>
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Tooltip { get; set; } = "";

    public bool Deleted { get; set; }

    public int Rank { get; set; }

    public bool IsCustomList { get; set; }

    public bool IsMDOList { get; set; }

    public bool UseGroupsAndHeadings { get; set; }

    /// <summary>A built-in list's type (camelCase name); null for a list made through the API, as create-list.md shows it.</summary>
    public string? ListType { get; set; }

    public bool InUseByUserDefinedFields { get; set; }

    public ListDefinition Clone() => (ListDefinition)MemberwiseClone();
}
