namespace SuperOfficeProvisioning.Sandbox;

/// <summary>Lets every route family report that a request changed tenant state, for the stats' write count.</summary>
public static class SandboxWrites
{
    private const string Key = "sandbox.mutated";

    public static void MarkMutated(HttpContext context) => context.Items[Key] = true;

    public static bool WasMutated(HttpContext context) => context.Items.ContainsKey(Key);
}
