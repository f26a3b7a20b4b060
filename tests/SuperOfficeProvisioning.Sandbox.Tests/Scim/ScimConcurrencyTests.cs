using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimConcurrencyTests
{
    [Fact]
    public async Task Parallel_creates_get_distinct_ids_and_associates()
    {
        await using var server = await ScimServer.StartAsync();

        var users = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => server.Client.CreateUserAsync($"parallel{i}@contoso.com", $"object-{i}")));

        Assert.Equal(200, users.Select(user => user.Id()).Distinct().Count());
        var associates = server.SuperOfficeUsers();
        Assert.Equal(200, associates.Select(associate => associate.AssociateId).Distinct().Count());
        Assert.Equal(200, (await server.Client.GetJsonAsync("Users?count=0"))["totalResults"]!.GetValue<int>());
    }

    [Fact]
    public async Task Of_parallel_creates_with_one_userName_exactly_one_wins()
    {
        await using var server = await ScimServer.StartAsync();
        var body = $$"""{"schemas":["{{UserSchema}}"],"userName":"race@contoso.com"}""";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await server.Client.PostScimAsync("Users", i % 2 == 0 ? body : body.Replace("race@", "RACE@"));
            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(status => status == HttpStatusCode.Created));
        Assert.Equal(39, statuses.Count(status => status == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Parallel_membership_patches_lose_no_member()
    {
        await using var server = await ScimServer.StartAsync();
        var users = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => server.Client.CreateUserAsync($"member{i}@contoso.com")));
        var group = await server.Client.CreateGroupAsync("Everyone");

        await Task.WhenAll(users.Select(async user =>
            await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
                [{"op":"Add","path":"members","value":[{"value":"{{user.Id()}}"}]}]
                """)).ExpectAsync(HttpStatusCode.NoContent)));

        var members = (await server.Client.GetJsonAsync($"Groups/{group.Id()}"))["members"]!.AsArray();
        Assert.Equal(users.Select(user => user.Id()).Order(), members.Select(member => member!["value"]!.GetValue<string>()).Order());
    }
}
