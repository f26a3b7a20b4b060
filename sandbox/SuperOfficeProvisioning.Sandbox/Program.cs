using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Hosting;

return await SandboxCommandLine.RunAsync(args);
