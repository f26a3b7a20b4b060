using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Connections;

/// <summary>
/// The SCIM group names of a connection, for tab completion: read once (without members) and kept for a
/// minute, so pressing Tab again costs no request.
/// </summary>
public static class GroupNameCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly ConditionalWeakTable<SoConnection, Entry> Entries = new ConditionalWeakTable<SoConnection, Entry>();

    /// <summary>The names; empty when the connection has no SCIM side or the gateway does not answer in time.</summary>
    public static IReadOnlyList<string> Names(SoConnection connection, TimeSpan timeout)
    {
        if (connection.Scim is null)
        {
            return Array.Empty<string>();
        }

        var entry = Entries.GetValue(connection, _ => new Entry());
        lock (entry)
        {
            if (entry.Names is not null && DateTimeOffset.UtcNow - entry.Read < Lifetime)
            {
                return entry.Names;
            }
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var groups = Task.Run(() => connection.CreateScimClient().FindGroupsAsync(null, withMembers: false, cancel.Token)).GetAwaiter().GetResult();
            var names = groups.Select(g => g.DisplayName).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            lock (entry)
            {
                entry.Names = names;
                entry.Read = DateTimeOffset.UtcNow;
            }

            return names;
        }
        catch (Exception ex) when (ex is Errors.SoException || ex is OperationCanceledException)
        {
            // Completion offers nothing rather than an error in the middle of typing.
            return Array.Empty<string>();
        }
    }

    private sealed class Entry
    {
        public IReadOnlyList<string>? Names { get; set; }

        public DateTimeOffset Read { get; set; }
    }
}
