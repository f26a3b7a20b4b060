using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Hosting;

/// <summary>
/// Where engine work asks before it writes and tells what it did: the one interface between the engine and
/// the host that runs it (the cmdlets implement it once, marshalling every call to the pipeline thread).
/// </summary>
/// <typeparam name="TResult">What the work reports one of per object it handles.</typeparam>
public interface IOperationHost<in TResult>
{
    /// <summary>Asks whether to perform <paramref name="action"/> on <paramref name="target"/> (-WhatIf, -Confirm).</summary>
    WriteDecision Confirm(string target, string action);

    void Progress(string activity, int done, int total);

    /// <summary>One object was handled (or, under -WhatIf, would be).</summary>
    void Report(TResult result);

    /// <summary>One object could not be handled; the others carry on.</summary>
    void Failed(TResult result, SoException failure);
}
