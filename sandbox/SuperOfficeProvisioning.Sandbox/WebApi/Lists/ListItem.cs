namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>A list item as the WebAPI's <c>/List/{id|name}/Items</c> shows it.</summary>
internal sealed class ListItem : IWebApiEntity<ListItem>
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Tooltip { get; set; } = "";

    public bool Deleted { get; set; }

    public int UdListDefinitionId { get; set; }

    public int Rank { get; set; }

    public ListItem Clone() => (ListItem)MemberwiseClone();
}
