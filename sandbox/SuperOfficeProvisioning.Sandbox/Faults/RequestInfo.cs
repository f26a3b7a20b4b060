namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>What a fault rule looks at: the method, the matched route template and the raw path.</summary>
internal readonly record struct RequestInfo(string Method, string Template, string Path);
