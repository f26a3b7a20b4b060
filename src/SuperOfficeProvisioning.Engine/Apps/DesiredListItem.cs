using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A list item, in an application's own list or in an existing one.</summary>
public sealed class DesiredListItem
{
    public DesiredListItem(string listName, string name, JObject fields, IReadOnlyList<string>? userGroups, string path, bool inOwnList)
    {
        InOwnList = inOwnList;
        ListName = listName;
        Name = name;
        Fields = fields;
        UserGroups = userGroups;
        Path = path;
    }

    public string ListName { get; }

    /// <summary>True for an item of one of the application's own lists; false for one it adds to a list of the tenant's.</summary>
    public bool InOwnList { get; }

    public string Name { get; }

    public JObject Fields { get; }

    /// <summary>The user groups the item is visible for; null leaves visibility as it is (new items: everyone).</summary>
    public IReadOnlyList<string>? UserGroups { get; }

    public string Path { get; }
}
