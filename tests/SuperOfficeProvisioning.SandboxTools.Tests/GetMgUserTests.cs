namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class GetMgUserTests : IDisposable
{
    private readonly PowerShellSession session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void The_example_directory_is_large_and_varied()
    {
        var users = session.Invoke("Get-MgUser -All -Property Id,DisplayName,GivenName,Surname,AccountEnabled,Mail");

        Assert.True(users.Count >= 200, $"only {users.Count} users");
        Assert.Contains(users, u => ((string?)u.Properties["Surname"].Value ?? string.Empty).Any(c => c > 127));
        Assert.Contains(users, u => ((string?)u.Properties["GivenName"].Value ?? string.Empty).Any(c => c > 127));
        Assert.Contains(users, u => u.Properties["AccountEnabled"].Value is false);
        Assert.Contains(users, u => u.Properties["Mail"].Value is null);
        Assert.All(users, u => Assert.True(Guid.TryParse((string)u.Properties["Id"].Value, out _)));
    }

    [Fact]
    public void Without_Property_only_Graphs_default_user_properties_are_filled()
    {
        var user = session.Invoke("Get-MgUser -Top 1").Single();

        Assert.NotNull(user.Properties["Id"].Value);
        Assert.NotNull(user.Properties["UserPrincipalName"].Value);
        Assert.NotNull(user.Properties["DisplayName"].Value);
        Assert.IsType<string[]>(user.Properties["BusinessPhones"].Value);
        Assert.Null(user.Properties["AccountEnabled"].Value);
        Assert.Null(user.Properties["Department"].Value);
        Assert.Null(user.Properties["EmployeeId"].Value);
    }

    [Fact]
    public void Property_returns_exactly_the_selected_properties()
    {
        var user = session.Invoke("Get-MgUser -Top 1 -Property 'id,accountEnabled', Department, EmployeeId").Single();

        Assert.NotNull(user.Properties["Id"].Value);
        Assert.IsType<bool>(user.Properties["AccountEnabled"].Value);
        Assert.NotNull(user.Properties["Department"].Value);
        Assert.Null(user.Properties["UserPrincipalName"].Value);
        Assert.Null(user.Properties["DisplayName"].Value);
    }

    [Fact]
    public void Filter_eq_matches_case_insensitively()
    {
        var departments = session.Invoke(
            "Get-MgUser -All -Filter \"department eq 'sales'\" -Property Id,Department | ForEach-Object Department");

        Assert.True(departments.Count >= 40);
        Assert.All(departments, d => Assert.Equal("Sales", d.BaseObject));
    }

    [Fact]
    public void Filter_combines_eq_with_and_or_and_startsWith()
    {
        var disabledSales = session.Invoke(
            "Get-MgUser -All -Filter \"department eq 'Sales' and accountEnabled eq false\" -Property Department,AccountEnabled");
        var startsWith = session.Invoke(
            "Get-MgUser -All -ConsistencyLevel eventual -Filter \"startsWith(displayName,'Å') or startsWith(displayName,'Ø')\"");

        Assert.All(disabledSales, u => Assert.Equal(false, u.Properties["AccountEnabled"].Value));
        Assert.NotEmpty(startsWith);
        Assert.All(startsWith, u => Assert.Matches("^[ÅØ]", (string)u.Properties["DisplayName"].Value));
    }

    [Fact]
    public void A_list_without_All_returns_only_the_first_page()
    {
        Assert.Equal(100, session.Invoke("Get-MgUser").Count);
        Assert.Equal(7, session.Invoke("Get-MgUser -Top 7").Count);
        Assert.True(session.Invoke("Get-MgUser -All").Count > 100);
    }

    [Fact]
    public void CountVariable_receives_the_number_of_matches_not_of_returned_objects()
    {
        var counts = session.Invoke(
            "$null = Get-MgUser -Top 1 -Filter \"department eq 'HR'\" -ConsistencyLevel eventual -CountVariable hr; " +
            "$hr; @(Get-MgUser -All -Filter \"department eq 'HR'\").Count");

        Assert.True((int)counts[0].BaseObject > 1);
        Assert.Equal(counts[1].BaseObject, counts[0].BaseObject);
    }

    [Fact]
    public void UserId_accepts_an_object_id_or_a_user_principal_name()
    {
        var byName = session.Invoke("Get-MgUser -Top 1 | ForEach-Object { Get-MgUser -UserId $_.UserPrincipalName }").Single();
        var byId = session.Invoke("Get-MgUser -UserId $args[0]", byName.Properties["Id"].Value).Single();

        Assert.Equal(byName.Properties["UserPrincipalName"].Value, byId.Properties["UserPrincipalName"].Value);
    }

    [Fact]
    public void An_unknown_user_is_a_non_terminating_not_found_error()
    {
        var output = session.Invoke("Get-MgUser -UserId nobody@contoso.example; 'went on'");

        Assert.Equal("went on", output.Single().BaseObject);
        Assert.StartsWith("Request_ResourceNotFound,", session.Errors.Single().FullyQualifiedErrorId);
    }

    [Fact]
    public void Users_carry_Graphs_type_name_first_as_Get_Member_shows_it()
    {
        var typeName = session.InvokeScalar<string>("(Get-MgUser -Top 1).PSObject.TypeNames[0]");

        Assert.Equal("Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser", typeName);
    }

    [Theory]
    [InlineData("department eq", "BadRequest,")]
    [InlineData("shoeSize eq '42'", "Request_BadRequest,")]
    public void A_query_Graph_rejects_is_a_terminating_error(string filter, string errorIdPrefix)
    {
        var error = session.CatchTerminatingError("Get-MgUser -All -Filter $args[0]", filter);

        Assert.StartsWith(errorIdPrefix, error.FullyQualifiedErrorId);
    }

    [Fact]
    public void An_unknown_property_is_refused()
    {
        var error = session.CatchTerminatingError("Get-MgUser -Top 1 -Property Id,ShoeSize");

        Assert.Contains("ShoeSize", error.Exception.Message);
    }
}
