using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Bulk;
using SuperOfficeProvisioning.Sandbox.Scim.Http;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Resources;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;
using SuperOfficeProvisioning.Sandbox.Scim.Store;

namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>
/// The sandbox tenant's SCIM gateway: the SCIM 2.0 service SuperOffice's Identity Management Gateway offers (users,
/// groups, discovery, optional bulk) with SCIM rules turning users and memberships into SuperOffice associates.
/// </summary>
public sealed class ScimGateway
{
    private readonly ScimGatewayOptions _options;
    private readonly ScimStore _store;

    public ScimGateway(ScimGatewayOptions options)
        : this(options, TimeProvider.System)
    {
    }

    internal ScimGateway(ScimGatewayOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SecretToken))
        {
            throw new ArgumentException("The SCIM gateway needs a secret token.", nameof(options));
        }

        if (options.FilterMaxResults < 1 || options.BulkMaxOperations < 1 || options.BulkMaxPayloadSize < 1)
        {
            throw new ArgumentException("FilterMaxResults, BulkMaxOperations and BulkMaxPayloadSize must be positive.", nameof(options));
        }

        if (options.CountCap < 1)
        {
            throw new ArgumentException("CountCap must be positive.", nameof(options));
        }

        Protocol.FilterSupport.ValidateOperators(options.FilterOperators);
        _options = options;
        _store = new ScimStore(new ScimRuleEngine(options.Rules), time, options.CaseSensitiveUserNames, options.UserSyncActive);
        if (options.CreateRuleGroups)
        {
            CreateRuleGroups(options.Rules);
        }
    }

    /// <summary>Raised after every request that changed the gateway's state (once per bulk request), before the response is written.</summary>
    public event Action? StateChanged;

    /// <summary>Maps the gateway's routes under <paramref name="basePath"/>, e.g. <c>/Cust12345/scim/v2</c>.</summary>
    public void MapRoutes(IEndpointRouteBuilder routes, string basePath)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        var users = new ScimUsersEndpoint(_store, _options);
        var groups = new ScimGroupsEndpoint(_store, _options);
        var routeMap = new ScimRoutes(
            _options, users, groups, new ScimDiscovery(_options), new BulkProcessor(users, groups, _options), OnMutated);
        routeMap.Map(routes, basePath);
    }

    /// <summary>
    /// In the gateway's UI a rule is set against a group the tenant already has (pushed earlier by Entra's group
    /// provisioning), so the groups the rules name exist, empty, from the start.
    /// </summary>
    private void CreateRuleGroups(IEnumerable<ScimRule> rules)
    {
        foreach (var name in rules.Select(r => r.Group).Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            _store.CreateGroup(new ScimGroup { DisplayName = name! }, [], includeMembers: false);
        }
    }

    /// <summary>Every associate the gateway provisioned, in AssociateId order, as the WebAPI <c>User</c> archive shows them.</summary>
    public IReadOnlyList<SuperOfficeUserProjection> GetSuperOfficeUsers() => _store.SuperOfficeUsers();

    public JsonObject ExportState() => _store.ExportState();

    /// <summary>Replaces the gateway's users and groups with a state from <see cref="ExportState"/>.</summary>
    public void ImportState(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _store.ImportState(state);
    }

    private void OnMutated(HttpContext context)
    {
        SandboxWrites.MarkMutated(context);
        StateChanged?.Invoke();
    }
}
