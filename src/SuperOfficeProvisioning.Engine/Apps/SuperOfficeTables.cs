namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>The SuperOffice tables the application's objects live in, as the install record names them.</summary>
internal static class SuperOfficeTables
{
    public const string ListDefinition = "udlistdefinition";

    /// <summary>The items of custom lists; a built-in list keeps its items in a table of its own.</summary>
    public const string CustomListItem = "udlist";

    public const string TaskMenu = "taskmenu";

    /// <summary>Web panels and buttons.</summary>
    public const string WebPanel = "extapp";
}
