namespace SuperOfficeProvisioning.Engine.Hosting;

/// <summary>Whether a planned write may go ahead: -WhatIf and -Confirm answer it.</summary>
public enum WriteDecision
{
    Write,
    WhatIf,
    Declined,
}
