namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class EntraHelperTests : IDisposable
{
    private const string SalesMembers =
        "$g = Get-MgGroup -Filter \"displayName eq 'SuperOffice Sales'\"; " +
        "Get-MgGroupMember -GroupId $g.Id -All | ForEach-Object { $_.AdditionalProperties['userPrincipalName'] }";

    private readonly PowerShellSession session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void A_new_user_joins_the_groups_given_and_gets_a_stable_id()
    {
        var user = session.Invoke(
            "Add-SoEntraUser -UserPrincipalName siri.aasen@contoso.example -GivenName Siri -Surname Aasen -Department Sales -Group 'SuperOffice Sales'")
            .Single();

        Assert.Equal("Siri Aasen", user.Properties["DisplayName"].Value);
        Assert.Equal(true, user.Properties["AccountEnabled"].Value);
        Assert.Contains("siri.aasen@contoso.example", session.Invoke(SalesMembers).Select(m => m.BaseObject));
        using var other = new PowerShellSession();
        var sameId = other.Invoke("Add-SoEntraUser siri.aasen@contoso.example").Single().Properties["Id"].Value;
        Assert.Equal(user.Properties["Id"].Value, sameId);
    }

    [Fact]
    public void Set_changes_only_the_given_properties()
    {
        var before = session.Invoke("Get-MgUser -Top 1 -Property *").Single();
        var upn = (string)before.Properties["UserPrincipalName"].Value;

        session.Invoke("Get-MgUser -UserId $args[0] | Set-SoEntraUser -AccountEnabled $false -JobTitle 'Leaver'", upn);
        var after = session.Invoke("Get-MgUser -UserId $args[0] -Property *", upn).Single();

        Assert.Equal(false, after.Properties["AccountEnabled"].Value);
        Assert.Equal("Leaver", after.Properties["JobTitle"].Value);
        Assert.Equal(before.Properties["Department"].Value, after.Properties["Department"].Value);
        Assert.Equal(before.Properties["Mail"].Value, after.Properties["Mail"].Value);
    }

    [Fact]
    public void Membership_changes_between_syncs_and_stays_in_the_session()
    {
        var first = (string)session.Invoke(SalesMembers)[0].BaseObject;

        session.Invoke("Remove-SoEntraGroupMember -GroupId 'SuperOffice Sales' -MemberId $args[0]", first);
        session.Invoke("Get-MgUser -UserId $args[0] | Add-SoEntraGroupMember -GroupId 'SuperOffice Support'", first);

        Assert.DoesNotContain(first, session.Invoke(SalesMembers).Select(m => m.BaseObject));
        Assert.Empty(session.Errors);
        using var other = new PowerShellSession();
        Assert.Contains(first, other.Invoke(SalesMembers).Select(m => m.BaseObject));
    }

    [Fact]
    public void A_removed_user_leaves_its_groups()
    {
        var first = (string)session.Invoke(SalesMembers)[0].BaseObject;

        session.Invoke("Remove-SoEntraUser -UserId $args[0] -Confirm:$false", first);

        Assert.DoesNotContain(first, session.Invoke(SalesMembers).Select(m => m.BaseObject));
        session.Invoke("Get-MgUser -UserId $args[0]", first);
        Assert.Single(session.Errors);
    }

    [Fact]
    public void WhatIf_changes_nothing()
    {
        session.Invoke("Add-SoEntraUser -UserPrincipalName ghost@contoso.example -WhatIf");

        session.Invoke("Get-MgUser -UserId ghost@contoso.example");
        Assert.Single(session.Errors);
    }

    [Fact]
    public void Import_replaces_the_session_directory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"directory-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "verifiedDomain": "fabrikam.example",
              "users": [ { "id": "0b6c1a52-53a4-4bd0-9d1c-5c7a4d6e8f01", "userPrincipalName": "åse.ødegård@fabrikam.example", "displayName": "Åse Ødegård" } ],
              "groups": [ { "id": "5d0f3c1e-2b7a-4e9c-8f6d-1a2b3c4d5e6f", "displayName": "Team", "members": [ "0b6c1a52-53a4-4bd0-9d1c-5c7a4d6e8f01" ] } ]
            }
            """);
        try
        {
            var summary = session.Invoke("Import-SoEntraDirectory -Path $args[0] -PassThru", path).Single();

            Assert.Equal(1, summary.Properties["Users"].Value);
            Assert.Equal("Åse Ødegård", session.Invoke("Get-MgUser -All").Single().Properties["DisplayName"].Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_refuses_a_file_with_dangling_members()
    {
        var path = Path.Combine(Path.GetTempPath(), $"directory-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "groups": [ { "id": "g1", "displayName": "Team", "members": [ "nobody" ] } ] }""");
        try
        {
            var error = session.CatchTerminatingError("Import-SoEntraDirectory $args[0]", path);

            Assert.StartsWith("DirectoryFileInvalid,", error.FullyQualifiedErrorId);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
