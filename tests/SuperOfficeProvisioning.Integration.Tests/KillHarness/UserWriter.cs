namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// New-SoUser -Group (into a group made beforehand) and Sync-SoGroup (which makes its group): seeded users from a CSV;
/// afterwards every user exists once, by userName and by externalId, and is a member of the group.
/// </summary>
internal sealed class UserWriter(UserWriter.Kind kind) : KillableWriter
{
    public enum Kind { NewSoUser, SyncSoGroup }

    public const int UserCount = 100;
    public const string GroupName = "Kill Harness Sales";

    public override string Command => kind == Kind.NewSoUser ? "New-SoUser" : "Sync-SoGroup";

    public override int SeedBase => kind == Kind.NewSoUser ? 7100 : 7200;

    public override int LatencyMs => 10;

    public override IReadOnlyDictionary<string, int> WriteLatencies { get; } = new Dictionary<string, int>
    {
        ["POST /{ctx}/scim/v2/Users"] = 120,
        ["PUT /{ctx}/scim/v2/Users"] = 120,
        ["PATCH /{ctx}/scim/v2/Users"] = 120,
        ["POST /{ctx}/scim/v2/Groups"] = 120,
        ["PATCH /{ctx}/scim/v2/Groups"] = 120,
    };

    // Each user is one POST, and the writer sends them several at once: kills stop short of the last ones so
    // that a slow poll still finds the run going.
    public override int LastKillPoint => UserCount - 10;

    public override async Task PrepareAsync(TrialContext trial, CancellationToken cancellationToken)
    {
        SeededUsers.WriteCsv(Users(trial), trial.UsersCsv);
        if (kind == Kind.NewSoUser)
        {
            await trial.Tenant.CreateGroupAsync(GroupName, cancellationToken);
        }
    }

    public override IReadOnlyDictionary<string, string> Parameters(TrialContext trial) => new Dictionary<string, string>
    {
        ["UsersCsv"] = trial.UsersCsv,
        ["GroupName"] = GroupName,
        ["GroupId"] = GroupId(trial.Seed),
    };

    public override async Task<TenantFindings> CheckTenantAsync(TrialContext trial, CancellationToken cancellationToken)
    {
        var desired = Users(trial);
        var users = await trial.Tenant.UsersAsync(cancellationToken);
        var groups = (await trial.Tenant.GroupsAsync(cancellationToken))
            .Where(g => string.Equals(g.DisplayName, GroupName, StringComparison.OrdinalIgnoreCase)).ToList();

        var duplicateUserNames = users.GroupBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var duplicateExternalIds = users.Where(u => u.ExternalId is not null).GroupBy(u => u.ExternalId, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key!).ToList();
        var byName = users.GroupBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var missingUsers = desired.Where(d => !byName.ContainsKey(d.UserName)).Select(d => d.UserName).ToList();
        var wrongExternalIds = desired.Where(d => byName.TryGetValue(d.UserName, out var u) && u.ExternalId != d.ExternalId).Select(d => d.UserName).ToList();
        var members = groups.SelectMany(g => g.MemberIds).ToHashSet(StringComparer.Ordinal);
        var outsideGroup = desired.Where(d => byName.TryGetValue(d.UserName, out var u) && !members.Contains(u.Id)).Select(d => d.UserName).ToList();

        var problems = new List<string>();
        Note(problems, duplicateUserNames, "duplicate userNames");
        Note(problems, duplicateExternalIds, "duplicate externalIds");
        Note(problems, missingUsers, "missing users");
        Note(problems, wrongExternalIds, "users with another externalId than the input's");
        Note(problems, outsideGroup, $"users outside the group '{GroupName}' (missing memberships)");
        if (groups.Count != 1)
        {
            problems.Add($"{groups.Count} groups named '{GroupName}', not 1.");
        }

        var figures = new Dictionary<string, int>
        {
            ["usersInTenant"] = users.Count,
            ["duplicateUserNames"] = duplicateUserNames.Count,
            ["duplicateExternalIds"] = duplicateExternalIds.Count,
            ["missingUsers"] = missingUsers.Count,
            ["missingMemberships"] = outsideGroup.Count,
            ["groups"] = groups.Count,
        };

        var present = desired.Where(d => byName.ContainsKey(d.UserName)).ToList();
        var changes = present.Select(d => new ExpectedChange("CreateUser", [d.UserName], byName[d.UserName].Id))
            .Concat(present.Where(d => members.Contains(byName[d.UserName].Id)).Select(d => new ExpectedChange("AddMember", [d.UserName], byName[d.UserName].Id)))
            .ToList();
        if (kind == Kind.SyncSoGroup && groups.Count > 0)
        {
            changes.Add(new ExpectedChange("CreateGroup", [GroupName], groups[0].Id));
        }

        return new TenantFindings(problems, figures, changes, []);
    }

    private IReadOnlyList<DirectoryUserRow> Users(TrialContext trial) =>
        SeededUsers.Make(UserCount, trial.Seed, kind == Kind.NewSoUser ? "new" : "sync");

    private static string GroupId(int seed)
    {
        var bytes = new byte[16];
        new Random(seed * 31).NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static void Note(List<string> problems, IReadOnlyCollection<string> names, string what)
    {
        if (names.Count > 0)
        {
            problems.Add($"{names.Count} {what}, e.g. {string.Join(", ", names.Take(3))}.");
        }
    }
}
