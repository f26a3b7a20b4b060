namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>Marks a request whose reply a fault kept from the client, so the stats count no status for it.</summary>
internal static class FaultMarks
{
    private const string Key = "sandbox.undelivered";

    public static void MarkUndelivered(HttpContext context) => context.Items[Key] = true;

    public static bool IsUndelivered(HttpContext context) => context.Items.ContainsKey(Key);
}
