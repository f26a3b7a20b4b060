using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

internal sealed partial class ScimStore
{
    private const int StateFormat = 1;

    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Everything the gateway holds, for the sandbox's state file. Rules are configuration, not state.</summary>
    public JsonObject ExportState()
    {
        StateDocument document;
        lock (_gate)
        {
            // Users are immutable and member sets are copied, so the (slower) serialization runs without the lock.
            document = new StateDocument(
                StateFormat,
                _nextAssociateId,
                _users.Select(entry => new UserState(entry.AssociateId, entry.User, entry.Fields, entry.Reached)).ToList(),
                _groups.Select(entry => new GroupState(entry.Group, [.. entry.Members])).ToList(),
                [.. _deletedAssociates]);
        }

        return (JsonObject)JsonSerializer.SerializeToNode(document, StateJson)!;
    }

    /// <summary>Replaces everything the gateway holds with an exported state.</summary>
    public void ImportState(JsonObject state)
    {
        var document = state.Deserialize<StateDocument>(StateJson)
            ?? throw new ArgumentException("The SCIM state is empty.", nameof(state));
        if (document.Format != StateFormat)
        {
            throw new ArgumentException($"The SCIM state has format {document.Format}; this gateway reads format {StateFormat}.", nameof(state));
        }

        lock (_gate)
        {
            Clear();
            // The rules' results are taken as saved; rules run again only when something changes.
            foreach (var user in document.Users.OrderBy(user => user.AssociateId))
            {
                var entry = Entry(user.User, user.AssociateId, user.Fields, user.Reached);
                IndexUser(entry);
                _users.Add(entry);
            }

            foreach (var group in document.Groups)
            {
                var entry = new GroupEntry(group.Group, _nextGroupSequence++);
                IndexGroup(entry);
                _groups.Add(entry);
                foreach (var userId in group.Members.Where(_usersById.ContainsKey))
                {
                    entry.Members.Add(userId);
                    Link(userId, entry);
                }
            }

            _deletedAssociates.AddRange(document.DeletedAssociates);
            var afterLastUser = _users.Select(user => user.AssociateId + 1).DefaultIfEmpty(FirstAssociateId).Max();
            _nextAssociateId = Math.Max(document.NextAssociateId, afterLastUser);
        }
    }

    private void Clear()
    {
        _usersById.Clear();
        _usersByUserName.Clear();
        _usersByExternalId.Clear();
        _users.Clear();
        _deletedAssociates.Clear();
        _groupsById.Clear();
        _groupsByDisplayName.Clear();
        _groupsByExternalId.Clear();
        _groups.Clear();
        _groupIdsByUser.Clear();
        _nextAssociateId = FirstAssociateId;
        _nextGroupSequence = 0;
    }

    private sealed record StateDocument(
        int Format, int NextAssociateId, List<UserState> Users, List<GroupState> Groups, List<SuperOfficeUserProjection> DeletedAssociates);

    /// <param name="Reached">Whether the user has an associate; a state written before it was kept had one for every user.</param>
    private sealed record UserState(int AssociateId, ScimUser User, SuperOfficeFields Fields, bool Reached = true);

    private sealed record GroupState(ScimGroup Group, List<string> Members);
}
