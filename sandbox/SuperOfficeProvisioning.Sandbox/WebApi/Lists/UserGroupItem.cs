using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>A user group as <c>…/Items/{id}/UserGroups</c> shows it (SuperOffice's SelectableMDOListItem, trimmed).</summary>
internal sealed record UserGroupItem(
    int Id,
    string Name,
    [property: JsonPropertyName("ToolTip")] string ToolTip,
    bool Deleted,
    int Rank,
    bool Selected);
