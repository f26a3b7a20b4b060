using System;
using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// The SuperOffice enums a manifest names by value, as the NetServer reference documents them: where a panel shows
/// (SuperOffice.Data.Navigation) and how its URL is encoded (SuperOffice.Data.UrlEncoding). Unknown names are refused
/// before any request, with the nearest valid one suggested.
/// </summary>
internal static class SuperOfficeEnums
{
    /// <summary>SuperOffice.Data.Navigation: the places a web panel can show. NavigatorButton is for $.buttons.</summary>
    public static readonly string[] Navigation =
    {
        "Invisible", "ToolboxMenu", "NavigatorButton", "ViewMenu", "SelectionTaskCard", "ContactCard", "ContactArchive",
        "ProjectCard", "ProjectArchive", "SaleCard", "PersonCard", "ActivityDialog", "DocumentDialog", "BrowserPanel",
        "AppntSelectionCustomTask", "AppntSelectionShadowTask", "AppntSelectionTask", "AppointmentDialogTask",
        "AppointmentSelectionMailingsTask", "ButtonPanelTask", "CompanyCardTask", "CompanyMinicard", "ContSelectionCustomTask",
        "ContSelectionTask", "ContactSelectionMailingsTask", "CustomArchiveMiniCard", "CustomObjectArchive", "CustomObjectCard",
        "Dashboard", "DiaryArchive", "DiaryMinicard", "DocSelectionCustomTask", "DocSelectionShadowTask", "DocSelectionTask",
        "DocumentDialogTask", "DocumentSelectionMailingsTask", "FindSystem", "MailingSelectionTask", "PersonArchive",
        "PersonDialogTask", "PersonMinicard", "ProjSelectionCustomTask", "ProjSelectionShadowTask", "ProjSelectionTask",
        "ProjectCardTask", "ProjectMinicard", "ProjectSelectionMailingsTask", "QuoteDialog", "QuoteDialogArchive",
        "QuoteDialogTask", "QuoteLineDialog", "QuoteLineDialogTask", "QuoteLineSelectionCustomTask",
        "QuoteLineSelectionMailingsTask", "QuoteLineSelectionMainTask", "QuoteLineSelectionShadowTask", "ReportMinicard",
        "SaleArchive", "SaleDialogTask", "SaleMinicard", "SaleSelectionCustomTask", "SaleSelectionMailingsTask",
        "SaleSelectionShadowTask", "SaleSelectionTask", "SelectionAppointmentArchive", "SelectionCard",
        "SelectionContactArchive", "SelectionDocumentArchive", "SelectionMinicard", "SelectionProjectArchive",
        "SelectionQuoteLineArchive", "SelectionSaleArchive", "TicketCard", "TicketMinicard", "TopPanelNewMenu",
    };

    /// <summary>SuperOffice.Data.UrlEncoding. There is no UTF8: Unicode is the one for UTF-8 URLs.</summary>
    public static readonly string[] UrlEncoding = { "Unknown", "None", "ANSI", "Unicode" };

    /// <summary>A task menu item's TaskType (TaskListItemType).</summary>
    public static readonly string[] TaskType = { "None", "Url", "CrmScript", "SoProtocol" };

    /// <summary>Where a task menu item shows (ShowTaskItemInClient).</summary>
    public static readonly string[] ShowInClient = { "None", "Web", "Mobile" };

    /// <summary>A task menu item's place in archives (ArchiveBehaviour).</summary>
    public static readonly string[] ArchiveBehaviour = { "None", "InArchives", "MultiSelectInArchives" };

    /// <summary>Null when <paramref name="value"/> is one of <paramref name="names"/> as written; else what to tell the author.</summary>
    public static string? Refuse(string value, IReadOnlyList<string> names, string what)
    {
        if (names.Contains(value, StringComparer.Ordinal))
        {
            return null;
        }

        var nearest = Nearest(value, names);
        return $"'{value}' is not {what}" + (nearest is null ? string.Empty : $"; did you mean '{nearest}'?") +
               $" Valid: {string.Join(", ", names.Distinct(StringComparer.Ordinal))}.";
    }

    /// <summary>The name closest to a misspelling (ignoring case), when it is close enough to be a likely typo.</summary>
    public static string? Nearest(string value, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var distance = Distance(value.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
