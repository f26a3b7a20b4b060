using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>
/// Orders and compares JSON values the way the archive queries need: null first, numbers by value, strings ignoring
/// case (SuperOffice's database collation is case-insensitive), false before true.
/// </summary>
internal sealed class JsonValueComparer : IComparer<JsonNode?>
{
    public static readonly JsonValueComparer Instance = new();

    public int Compare(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        var (leftKind, rightKind) = (left.GetValueKind(), right.GetValueKind());
        if (leftKind == JsonValueKind.Number && rightKind == JsonValueKind.Number)
        {
            return Number(left).CompareTo(Number(right));
        }

        if (IsBoolean(leftKind) && IsBoolean(rightKind))
        {
            return left.GetValue<bool>().CompareTo(right.GetValue<bool>());
        }

        return string.Compare(Text(left), Text(right), StringComparison.OrdinalIgnoreCase);
    }

    public static string Text(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    private static bool IsBoolean(JsonValueKind kind) => kind is JsonValueKind.True or JsonValueKind.False;
}
