namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>The scope of objects that live in the tenant as a whole (lists, web panels): nothing to look up first.</summary>
internal sealed class TenantScope
{
    public static readonly TenantScope Only = new TenantScope();
}
