using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>The manifest's property names and types, and the WebAPI field each one sets.</summary>
internal static class ManifestFields
{
    private static readonly string[] KeyProperty = { "key" };

    public static readonly Regex ProgIdPrefixPattern = new Regex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$");
    public static readonly Regex KeyPattern = new Regex(@"^[A-Za-z][A-Za-z0-9_]*$");
    public static readonly Regex WindowNamePattern = new Regex(@"^[A-Za-z0-9_.\-]+$");

    public const string NavigatorButton = "NavigatorButton";

    public static readonly string[] Root = { "$schema", "name", "version", "description", "progIdPrefix", "parameters", "lists", "listItems", "webPanels", "buttons", "taskMenus" };

    public static readonly string[] TaskMenu = { "key", "name", "tooltip", "tableName", "area", "url", "taskType", "showInClient", "archiveBehaviour", "rank", "encoding" };

    public static readonly string[] Parameter = { "description", "default" };

    public static readonly string[] List = { "name", "tooltip", "rank", "useGroupsAndHeadings", "items" };

    public static readonly string[] Item = { "name", "tooltip", "rank", "userGroups" };

    public static readonly string[] ExistingListItem = { "list", "name", "tooltip", "rank", "userGroups" };

    /// <summary>Every WebPanelEntity field a manifest may set, with its type; ProgId and Deleted are derived.</summary>
    public static readonly IReadOnlyList<(string Property, FieldType Type)> WebPanel = new[]
    {
        ("name", FieldType.Text), ("tooltip", FieldType.Text), ("rank", FieldType.Number), ("visibleIn", FieldType.Text),
        ("windowName", FieldType.Text), ("url", FieldType.Text), ("urlEncoding", FieldType.Text), ("icon", FieldType.Number),
        ("onCentral", FieldType.Flag), ("onSatellite", FieldType.Flag), ("onTravel", FieldType.Flag),
        ("onSalesMarketingWeb", FieldType.Flag), ("onSalesMarketingPocket", FieldType.Flag), ("showInMenuBar", FieldType.Flag),
        ("showInToolBar", FieldType.Flag), ("showInAddressBar", FieldType.Flag), ("showInStatusBar", FieldType.Flag),
        ("alwaysReloadOnShow", FieldType.Flag),
    };

    /// <summary>A button takes every web panel property but visibleIn and url, which a button always has the same way.</summary>
    public static IEnumerable<string> WebPanelProperties(bool isButton) =>
        KeyProperty.Concat(WebPanel.Select(f => f.Property)).Where(p => !isButton || (p != "visibleIn" && p != "url"));

    /// <summary>The WebAPI's name of a manifest property: the same words, PascalCase (visibleIn → VisibleIn).</summary>
    public static string ApiName(string property) => char.ToUpperInvariant(property[0]) + property.Substring(1);

    /// <summary>True when the WebAPI's value equals the wanted one (UrlEncoding's spelling is the server's to normalise).</summary>
    public static bool SameValue(string field, JToken? current, JToken wanted)
    {
        if (current is null || current.Type == JTokenType.Null)
        {
            return wanted.Type == JTokenType.Null || (wanted.Type == JTokenType.String && ((string)wanted!).Length == 0);
        }

        if (wanted.Type == JTokenType.String)
        {
            var comparison = field == "UrlEncoding" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return current.Type == JTokenType.String && string.Equals((string)current!, (string)wanted!, comparison);
        }

        return JToken.DeepEquals(current, wanted);
    }
}
