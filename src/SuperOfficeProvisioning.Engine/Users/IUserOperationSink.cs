using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>Where user operations report, one call per user; the cmdlet layer marshals these to the pipeline.</summary>
public interface IUserOperationSink
{
    /// <summary>Asks before a write (-WhatIf / -Confirm); false skips it.</summary>
    bool ShouldProcess(string target, string action);

    void Succeeded(UserDraft draft, SoUser user);

    void Failed(UserDraft draft, SoException error);
}
