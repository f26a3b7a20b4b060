namespace SuperOfficeProvisioning.Sandbox.WebApi.TaskMenus;

/// <summary>
/// A task menu item (the List agent's TaskMenu, table taskmenu), field for field as the reference documents it; the
/// enums by name (docs/en/database/tables/enums: TaskListItemType, ShowTaskItemInClient, ArchiveBehaviour, UrlEncoding).
/// </summary>
internal sealed class TaskMenuEntity : IWebApiEntity<TaskMenuEntity>
{
    public int TaskMenuId { get; set; }

    public string Name { get; set; } = "";

    public string Tooltip { get; set; } = "";

    /// <summary>The entity the item is offered on (contact, person, sale, …).</summary>
    public string TableName { get; set; } = "";

    /// <summary>Which menu it joins ("Task", or another that names a menu recipe).</summary>
    public string Area { get; set; } = "";

    public string UrlOrSoprotocol { get; set; } = "";

    public string TaskType { get; set; } = "None";

    public int CrmScriptId { get; set; }

    public string ShowInClient { get; set; } = "None";

    public string ArchiveBehaviour { get; set; } = "None";

    public int Rank { get; set; }

    public string Encoding { get; set; } = "Unknown";

    public string ProgId { get; set; } = "";

    public bool Deleted { get; set; }

    int IWebApiEntity<TaskMenuEntity>.Id
    {
        get => TaskMenuId;
        set => TaskMenuId = value;
    }

    public TaskMenuEntity Clone() => (TaskMenuEntity)MemberwiseClone();
}
