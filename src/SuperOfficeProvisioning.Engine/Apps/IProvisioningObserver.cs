using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>Whether a planned write may go ahead: -WhatIf and -Confirm answer it.</summary>
public enum WriteDecision
{
    Write,
    WhatIf,
    Declined,
}

/// <summary>Where the provisioner asks before writing and reports each object; the cmdlet layer implements it.</summary>
public interface IProvisioningObserver
{
    /// <summary>Asks whether to perform <paramref name="action"/> on <paramref name="target"/> (ShouldProcess).</summary>
    WriteDecision Confirm(string target, string action);

    void Report(ApplicationObjectResult result);

    /// <summary>An object could not be handled; the others carry on. The row's status is Failed.</summary>
    void Failed(ApplicationObjectResult result, SoException error);
}
