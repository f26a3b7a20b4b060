using SuperOfficeProvisioning.Sandbox.Hosting;

return await SandboxCommandLine.RunAsync(args);
