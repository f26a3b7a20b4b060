namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>What a handler is doing, for the steps that answer differently to each.</summary>
internal enum HandlerMode
{
    Install,
    Test,
    Uninstall,
}
