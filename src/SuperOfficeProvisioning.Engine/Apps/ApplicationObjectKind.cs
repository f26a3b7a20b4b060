namespace SuperOfficeProvisioning.Engine.Apps;

public static class ApplicationObjectKind
{
    public const string List = "List";
    public const string ListItem = "ListItem";
    public const string WebPanel = "WebPanel";
    public const string Button = "Button";
    public const string TaskMenu = "TaskMenu";
}
