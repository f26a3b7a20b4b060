using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// Install-SoApplication with the example manifest, on a tenant that already has two web panels an administrator made
/// by hand: one outside the app's ProgId prefix and one inside it. Afterwards every manifest object is there exactly
/// once (not deleted) and both hand-made panels are as they were.
/// </summary>
internal sealed class ApplicationWriter : KillableWriter
{
    private static readonly (string Name, string ProgId)[] HandMadePanels =
    [
        ("Partner notes", "Partner.Notes.ContactNotes"),
        ("Acme shortcut made by hand", "Acme.Invoicing.HandMadeShortcut"),
    ];

    private readonly Dictionary<string, JsonObject> _handMadeBefore = new(StringComparer.Ordinal);

    public override string Command => "Install-SoApplication";

    public override int SeedBase => 7300;

    public override int LatencyMs => 20;

    public override IReadOnlyDictionary<string, int> WriteLatencies { get; } = new Dictionary<string, int>
    {
        ["POST /{ctx}/api/v1/List"] = 150,
        ["PUT /{ctx}/api/v1/List"] = 150,
        ["POST /{ctx}/api/v1/Agents/List/SaveWebPanelEntity"] = 150,
    };

    // The example manifest makes ten writes on an empty tenant (list, five items, two visibility sets, panel, button).
    public override int LastKillPoint => 9;

    public override async Task PrepareAsync(TrialContext trial, CancellationToken cancellationToken)
    {
        foreach (var (name, progId) in HandMadePanels)
        {
            await trial.Tenant.CreateWebPanelByHandAsync(name, progId, cancellationToken);
        }

        foreach (var panel in await trial.Tenant.WebApiRowsAsync("List/WebPanel/Items", cancellationToken))
        {
            if (HandMadePanels.Any(h => h.ProgId == (string?)panel["ProgId"]))
            {
                _handMadeBefore[(string)panel["ProgId"]!] = panel;
            }
        }
    }

    public override IReadOnlyDictionary<string, string> Parameters(TrialContext trial) =>
        new Dictionary<string, string> { ["ManifestPath"] = RepositoryFolders.ExampleApplication };

    public override async Task<TenantFindings> CheckTenantAsync(TrialContext trial, CancellationToken cancellationToken)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFolders.ExampleApplication, cancellationToken))!;
        var prefix = (string)manifest["progIdPrefix"]!;
        var problems = new List<string>();
        var changes = new List<ExpectedChange>();
        var copies = new Dictionary<string, int>();

        void Expect(string what, IEnumerable<JsonObject> live, params string[] targets)
        {
            var count = live.Count();
            copies[what] = count;
            if (count != 1)
            {
                problems.Add($"{what}: {count} live copies, not 1.");
            }

            changes.Add(new ExpectedChange("CreateObject", targets));
        }

        var lists = Live(await trial.Tenant.WebApiRowsAsync("List", cancellationToken));
        foreach (var list in manifest["lists"]!.AsArray())
        {
            var name = (string)list!["name"]!;
            var found = lists.Where(l => Named(l, name)).ToList();
            Expect($"list '{name}'", found, name);
            var items = found.Count == 1 ? Live(await trial.Tenant.WebApiRowsAsync($"List/{(int)found[0]["Id"]!}/Items", cancellationToken)) : [];
            foreach (var item in list["items"]!.AsArray().Select(i => (string)i!["name"]!))
            {
                Expect($"item '{name}/{item}'", items.Where(i => Named(i, item)), item, $"{name}/{item}");
            }
        }

        foreach (var entry in manifest["listItems"]!.AsArray())
        {
            var (list, item) = ((string)entry!["list"]!, (string)entry["name"]!);
            var items = Live(await trial.Tenant.WebApiRowsAsync($"List/{list}/Items", cancellationToken));
            Expect($"item '{list}/{item}'", items.Where(i => Named(i, item)), item, $"{list}/{item}");
        }

        var panels = await trial.Tenant.WebApiRowsAsync("List/WebPanel/Items", cancellationToken);
        foreach (var panel in manifest["webPanels"]!.AsArray().Concat(manifest["buttons"]!.AsArray()))
        {
            var progId = $"{prefix}.{(string)panel!["key"]!}";
            Expect($"panel '{progId}'", Live(panels).Where(p => (string?)p["ProgId"] == progId), (string)panel["name"]!, progId);
        }

        var changedByHand = 0;
        foreach (var (name, progId) in HandMadePanels)
        {
            var now = panels.Where(p => (string?)p["ProgId"] == progId).ToList();
            if (now.Count != 1 || !JsonNode.DeepEquals(now[0], _handMadeBefore[progId]))
            {
                changedByHand++;
                problems.Add($"The hand-made panel '{name}' ({progId}) changed: before {_handMadeBefore[progId].ToJsonString()}, now {string.Join(" | ", now.Select(p => p.ToJsonString()))}.");
            }
        }

        var figures = new Dictionary<string, int>
        {
            ["manifestObjectsNotExactlyOnce"] = copies.Count(c => c.Value != 1),
            ["extraCopies"] = copies.Sum(c => Math.Max(0, c.Value - 1)),
            ["missingObjects"] = copies.Count(c => c.Value == 0),
            ["handMadePanelsChanged"] = changedByHand,
        };
        var untouchable = HandMadePanels.SelectMany(h => new[] { h.Name, h.ProgId }).ToList();
        return new TenantFindings(problems, figures, changes, untouchable);
    }

    private static List<JsonObject> Live(IEnumerable<JsonObject> rows) => rows.Where(r => (bool?)r["Deleted"] != true).ToList();

    private static bool Named(JsonObject row, string name) => string.Equals((string?)row["Name"], name, StringComparison.OrdinalIgnoreCase);
}
