using System.Collections;
using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class GetMgGroupTests : IDisposable
{
    private readonly PowerShellSession session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void Filter_on_displayName_finds_the_SuperOffice_groups()
    {
        var group = session.Invoke("Get-MgGroup -Filter \"displayName eq 'SuperOffice Sales'\"").Single();

        Assert.Equal("SuperOffice Sales", group.Properties["DisplayName"].Value);
        Assert.True(Guid.TryParse((string)group.Properties["Id"].Value, out _));
        Assert.Equal(true, group.Properties["SecurityEnabled"].Value);
        Assert.Equal("Microsoft.Graph.PowerShell.Models.MicrosoftGraphGroup", group.TypeNames[0]);
        foreach (var name in new[] { "SuperOffice Support", "SuperOffice Admins", "All Staff" })
        {
            Assert.Single(session.Invoke("Get-MgGroup -All -Filter \"displayName eq '$($args[0])'\"", name));
        }
    }

    [Fact]
    public void Members_are_directory_objects_with_Graphs_json_in_AdditionalProperties()
    {
        var members = session.Invoke(
            "$g = Get-MgGroup -Filter \"displayName eq 'SuperOffice Sales'\"; Get-MgGroupMember -GroupId $g.Id -All");

        Assert.True(members.Count >= 30);
        var first = members[0];
        Assert.Equal("Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject", first.TypeNames[0]);
        Assert.NotNull(first.Properties["Id"].Value);
        Assert.Contains("DeletedDateTime", first.Properties.Select(p => p.Name));
        var json = Assert.IsAssignableFrom<IDictionary<string, object?>>(first.Properties["AdditionalProperties"].Value);
        Assert.Equal("#microsoft.graph.user", json["@odata.type"]);
        foreach (var key in new[] { "userPrincipalName", "displayName", "givenName", "surname", "mail", "jobTitle", "businessPhones", "mobilePhone", "preferredLanguage" })
        {
            Assert.True(json.ContainsKey(key), $"missing {key}");
        }

        Assert.False(json.ContainsKey("accountEnabled"), "accountEnabled is not in Graph's default set");
        Assert.IsType<object[]>(json["businessPhones"]);
    }

    [Fact]
    public void Property_adds_non_default_keys_to_member_json()
    {
        var json = (IDictionary)session.Invoke(
            "$g = Get-MgGroup -Filter \"displayName eq 'SuperOffice Sales'\"; " +
            "(Get-MgGroupMember -GroupId $g.Id -Top 1 -Property id,userPrincipalName,accountEnabled,department,employeeId).AdditionalProperties").Single().BaseObject;

        Assert.Equal(new[] { "@odata.type", "userPrincipalName", "accountEnabled", "department", "employeeId" }, json.Keys.Cast<string>());
        Assert.IsType<bool>(json["accountEnabled"]);
    }

    [Fact]
    public void The_support_group_holds_a_device_and_a_nested_group()
    {
        var types = session.Invoke(
            "$g = Get-MgGroup -Filter \"displayName eq 'SuperOffice Support'\"; " +
            "Get-MgGroupMember -GroupId $g.Id -All | ForEach-Object { $_.AdditionalProperties['@odata.type'] }")
            .Select(t => (string)t.BaseObject).ToList();

        Assert.Contains("#microsoft.graph.device", types);
        Assert.Contains("#microsoft.graph.group", types);
        Assert.True(types.Count(t => t == "#microsoft.graph.user") >= 20);
    }

    [Fact]
    public void MemberAsUser_leaves_out_devices_and_groups()
    {
        var counts = session.Invoke(
            "$g = Get-MgGroup -Filter \"displayName eq 'SuperOffice Support'\"; " +
            "@(Get-MgGroupMember -GroupId $g.Id -All).Count; @(Get-MgGroupMemberAsUser -GroupId $g.Id -All).Count")
            .Select(c => (int)c.BaseObject).ToList();

        Assert.Equal(counts[0] - 2, counts[1]);
    }

    [Fact]
    public void An_unknown_group_is_a_not_found_error()
    {
        session.Invoke("Get-MgGroupMember -GroupId $args[0]", Guid.Empty.ToString());

        Assert.Equal(ErrorCategory.ObjectNotFound, session.Errors.Single().CategoryInfo.Category);
    }
}
