using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// A table of one entity type, numbered from 1, guarded by its owner's lock so a store can change several tables at once.
/// </summary>
internal sealed class EntityTable<T>(object gate, string entityName, TimeProvider time)
    where T : class, IWebApiEntity<T>
{
    private readonly SortedDictionary<int, Stamped<T>> _rows = [];
    private int _lastId;

    public IReadOnlyList<T> Where(Func<T, bool> predicate)
    {
        lock (gate)
        {
            return _rows.Values.Select(row => row.Entity).Where(predicate).Select(entity => entity.Clone()).ToList();
        }
    }

    public Stamped<T>? Find(int id)
    {
        lock (gate)
        {
            return _rows.TryGetValue(id, out var row) ? row with { Entity = row.Entity.Clone() } : null;
        }
    }

    /// <summary>Stores a new entity under the next id and returns it.</summary>
    public Stamped<T> Insert(T draft)
    {
        lock (gate)
        {
            var entity = draft.Clone();
            entity.Id = ++_lastId;
            var row = new Stamped<T>(entity, time.GetUtcNow());
            _rows[entity.Id] = row;
            return row with { Entity = entity.Clone() };
        }
    }

    /// <summary>
    /// Edits a copy of the entity and stores it unless <paramref name="edit"/> returns an error. With
    /// <paramref name="unmodifiedSince"/> a later change answers 412 (If-Unmodified-Since, RFC 9110 section 13.1.4).
    /// </summary>
    public EditResult<T> Update(int id, DateTimeOffset? unmodifiedSince, Func<T, IResult?> edit)
    {
        lock (gate)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                return new EditResult<T>(null, NotFound(id));
            }

            if (unmodifiedSince is { } since && TruncateToSeconds(row.Modified) > since)
            {
                return new EditResult<T>(null, WebApiErrors.PreconditionFailed(
                    $"{entityName} {id} changed after {since:R}.", "If-Unmodified-Since"));
            }

            var copy = row.Entity.Clone();
            if (edit(copy) is { } error)
            {
                return new EditResult<T>(null, error);
            }

            copy.Id = id;
            var updated = new Stamped<T>(copy, time.GetUtcNow());
            _rows[id] = updated;
            return new EditResult<T>(updated with { Entity = copy.Clone() }, null);
        }
    }

    public bool Remove(int id)
    {
        lock (gate)
        {
            return _rows.Remove(id);
        }
    }

    public IReadOnlyList<int> RemoveWhere(Func<T, bool> predicate)
    {
        lock (gate)
        {
            var ids = _rows.Values.Where(row => predicate(row.Entity)).Select(row => row.Entity.Id).ToList();
            ids.ForEach(id => _rows.Remove(id));
            return ids;
        }
    }

    public IResult NotFound(int id) => WebApiErrors.NotFound($"{entityName} with id {id} does not exist.", entityName);

    public JsonNode Export()
    {
        lock (gate)
        {
            return new JsonObject
            {
                ["LastId"] = _lastId,
                ["Rows"] = JsonSerializer.SerializeToNode(_rows.Values.ToList(), SandboxJson.Options),
            };
        }
    }

    public void Import(JsonNode state)
    {
        var rows = state["Rows"]?.Deserialize<List<Stamped<T>>>(SandboxJson.Options) ?? [];
        lock (gate)
        {
            _rows.Clear();
            rows.ForEach(row => _rows[row.Entity.Id] = row);
            _lastId = Math.Max(state["LastId"]?.GetValue<int>() ?? 0, _rows.Keys.DefaultIfEmpty().Max());
        }
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
