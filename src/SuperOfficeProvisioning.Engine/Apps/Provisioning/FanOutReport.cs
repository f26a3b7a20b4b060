using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>
/// The JSON report of a run over many tenants (-ReportPath), for a CI job to keep: when it ran, which applications
/// and shard, and per tenant its summary and every object's row. Written once, at the end, through a temporary file
/// moved into place, so a reader never sees half a report; it is written when tenants failed too.
/// </summary>
public sealed class FanOutReport
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
    private readonly string _command;
    private readonly DateTimeOffset _startedAt;
    private readonly bool _whatIf;
    private readonly int _throttleLimit;
    private readonly List<ApplicationDefinition> _applications = new List<ApplicationDefinition>();
    private readonly SortedDictionary<(int Position, int Order), JObject> _tenants = new SortedDictionary<(int, int), JObject>();
    private readonly SortedSet<string> _shards = new SortedSet<string>(StringComparer.Ordinal);

    public FanOutReport(string command, DateTimeOffset startedAt, bool whatIf, int throttleLimit)
    {
        _command = command;
        _startedAt = startedAt;
        _whatIf = whatIf;
        _throttleLimit = throttleLimit;
    }

    public void AddApplication(ApplicationDefinition application)
    {
        if (!_applications.Any(known => string.Equals(known.Source, application.Source, StringComparison.Ordinal)))
        {
            _applications.Add(application);
        }
    }

    /// <summary>A tenant's entry; <paramref name="position"/> (the connection's place in the input) and <paramref name="order"/> (the manifest's) order the entries.</summary>
    public void Add(int position, int order, TenantResult result, TenantObjectHost objects)
    {
        var entry = new JObject
        {
            ["contextIdentifier"] = result.ContextIdentifier,
            ["application"] = result.Application,
            ["operation"] = result.Operation,
            ["status"] = result.Status,
            ["objectCount"] = result.Objects,
            ["created"] = result.Created,
            ["updated"] = result.Updated,
            ["unchanged"] = result.Unchanged,
            ["revived"] = result.Revived,
            ["removed"] = result.Removed,
            ["absent"] = result.Absent,
            ["skipped"] = result.Skipped,
            ["notOwned"] = result.NotOwned,
            ["failed"] = result.Failed,
            ["inSync"] = result.InSync,
            ["missing"] = result.Missing,
            ["drifted"] = result.Drifted,
            ["notInManifest"] = result.NotInManifest,
            ["requests"] = result.Requests,
            ["durationSeconds"] = Math.Round(result.Duration.TotalSeconds, 3),
            ["shard"] = result.Shard,
            ["errorId"] = result.ErrorId,
            ["error"] = result.Error,
            ["objects"] = new JArray(objects.Rows.Select(row => Row(row, objects.FailureOf(row)))),
        };
        lock (_tenants)
        {
            _tenants[(position, order)] = entry;
            if (result.Shard is not null)
            {
                _shards.Add(result.Shard);
            }
        }
    }

    /// <summary>Writes the report to <paramref name="path"/>, replacing what was there only once the whole report is written.</summary>
    public void WriteTo(string path, DateTimeOffset endedAt)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(temporary, Document(endedAt).ToString(Formatting.Indented), Utf8);
            if (File.Exists(full))
            {
                File.Replace(temporary, full, null);
            }
            else
            {
                File.Move(temporary, full);
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
        {
            TryDelete(temporary);
            throw new SoException("ReportNotWritten", SoErrorKind.WriteFailed, $"The report '{path}' could not be written: {ex.Message}", ex);
        }
    }

    private JObject Document(DateTimeOffset endedAt)
    {
        lock (_tenants)
        {
            var tenants = _tenants.Values.ToList();
            return new JObject
            {
                ["command"] = _command,
                ["startedAt"] = _startedAt.ToString("o", CultureInfo.InvariantCulture),
                ["endedAt"] = endedAt.ToString("o", CultureInfo.InvariantCulture),
                ["durationSeconds"] = Math.Round((endedAt - _startedAt).TotalSeconds, 3),
                ["whatIf"] = _whatIf,
                ["throttleLimit"] = _throttleLimit,
                ["shard"] = _shards.Count == 0 ? null : string.Join(", ", _shards),
                ["applications"] = new JArray(_applications.Select(app => new JObject
                {
                    ["name"] = app.Name,
                    ["version"] = app.Version,
                    ["manifest"] = app.Source,
                })),
                ["summary"] = new JObject
                {
                    ["tenants"] = tenants.Count,
                    ["succeeded"] = tenants.Count(t => (string?)t["status"] == TenantResultStatus.Succeeded),
                    ["whatIf"] = tenants.Count(t => (string?)t["status"] == TenantResultStatus.WhatIf),
                    ["failed"] = tenants.Count(t => (string?)t["status"] == TenantResultStatus.Failed),
                    ["requests"] = tenants.Sum(t => (long)t["requests"]!),
                },
                ["tenants"] = new JArray(tenants),
            };
        }
    }

    private static JObject Row(ApplicationObjectResult row, SoException? failure) => new JObject
    {
        ["status"] = row.Status,
        ["kind"] = row.Kind,
        ["name"] = row.Name,
        ["key"] = row.Key,
        ["list"] = row.List,
        ["id"] = row.Id,
        ["whatIf"] = row.WhatIf,
        ["changedFields"] = new JArray(row.ChangedFields),
        ["detail"] = row.Detail,
        ["errorId"] = failure?.ErrorId,
        ["error"] = failure?.Message,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // A temporary file left behind does no harm; the failure to write the report is what is reported.
        }
    }
}
