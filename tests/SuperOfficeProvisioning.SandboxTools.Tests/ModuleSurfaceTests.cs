using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

/// <summary>The manifest, the help and the compiled cmdlets describe the same surface.</summary>
public sealed class ModuleSurfaceTests : IDisposable
{
    private static readonly HashSet<string> CommonParameters = [.. Cmdlet.CommonParameters];

    private readonly PowerShellSession session = new();

    public void Dispose() => session.Dispose();

    public static TheoryData<string> CmdletNames() => [.. CompiledCmdletNames()];

    private static IEnumerable<string> CompiledCmdletNames() =>
        from type in typeof(GetMgUserCommand).Assembly.GetTypes()
        let cmdlet = (CmdletAttribute?)type.GetCustomAttributes(typeof(CmdletAttribute), inherit: false).FirstOrDefault()
        where cmdlet is not null
        select $"{cmdlet.VerbName}-{cmdlet.NounName}";

    [Fact]
    public void The_manifest_loads_and_exports_exactly_the_compiled_cmdlets()
    {
        using var manifestSession = new PowerShellSession(PowerShellSession.ManifestPath);

        var module = manifestSession.Invoke("Get-Module -Name SuperOfficeProvisioning.SandboxTools").Single();
        var exported = manifestSession.Invoke("$args[0].ExportedCmdlets.Keys", module).Select(name => (string)name.BaseObject);

        Assert.Equal(CompiledCmdletNames().Order(), exported.Order());
        Assert.Equal(typeof(GetMgUserCommand).Assembly.GetName().Version!.ToString(3), module.Properties["Version"].Value.ToString());
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Help_has_a_synopsis_and_documents_every_parameter(string name)
    {
        var help = session.Invoke("Get-Help -Name $args[0] -Full", name).Single();
        var documented = session.Invoke("$args[0].parameters.parameter | ForEach-Object { $_.name }", help)
            .Where(p => p is not null)
            .Select(p => (string)p.BaseObject);
        var declared = session.Invoke("(Get-Command -Name $args[0]).Parameters.Keys", name)
            .Select(p => (string)p.BaseObject)
            .Where(p => !CommonParameters.Contains(p));

        Assert.False(string.IsNullOrWhiteSpace((string)help.Properties["Synopsis"].Value), "no synopsis");
        Assert.Equal(declared.Order(), documented.Order());
    }

    [Theory]
    [InlineData("Get-MgUser")]
    [InlineData("Get-MgGroup")]
    [InlineData("Get-MgGroupMember")]
    [InlineData("Get-MgGroupMemberAsUser")]
    public void Stand_in_help_says_real_users_use_Microsoft_Graph_PowerShell(string name)
    {
        var text = string.Join(' ', session.Invoke("(Get-Help -Name $args[0]).Synopsis; (Get-Help -Name $args[0]).description.Text", name));

        Assert.Contains("Microsoft Graph PowerShell", text);
        Assert.Contains("Real users install Microsoft Graph PowerShell", text);
    }
}
