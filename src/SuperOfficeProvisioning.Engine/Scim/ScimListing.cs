using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// Reads one listing, correct on every server first and fast where the server proves it can be: each resource is
/// handed on once (by id); pages follow the server's own answer (startIndex + what it returned), one after another
/// until a page shows the server honours startIndex, and only then several at a time; RFC 9865 cursors when the
/// server offers them. Where the listing cannot be had whole, a ScimListingIncomplete warning says what was listed
/// and why, and nothing is made up.
/// </summary>
internal sealed class ScimListing<T>
{
    /// <summary>Pages asked for at once, once the server has shown it pages honestly.</summary>
    private const int PagesInFlight = 8;

    private readonly Func<long, int, CancellationToken, Task<ScimListPage<T>>> _byIndex;
    private readonly Func<string, int, CancellationToken, Task<ScimListPage<T>>> _byCursor;
    private readonly Func<long, Exception> _tooLarge;
    private readonly string _what;
    private readonly long _max;
    private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
    private readonly bool _warn;
    private readonly Action<bool> _learnPaging;

    /// <param name="warn">Say when the listing is incomplete as a warning (for the user), or only as verbose (a caller that makes up for it).</param>
    /// <param name="learnPaging">Told, once a second page shows it, whether the server honours startIndex.</param>
    public ScimListing(string what, long max, bool warn, Action<bool> learnPaging, Func<long, Exception> tooLarge,
        Func<long, int, CancellationToken, Task<ScimListPage<T>>> byIndex, Func<string, int, CancellationToken, Task<ScimListPage<T>>> byCursor)
    {
        _what = what;
        _max = max;
        _tooLarge = tooLarge;
        _byIndex = byIndex;
        _byCursor = byCursor;
        _warn = warn;
        _learnPaging = learnPaging;
    }

    /// <summary>False when the listing could not be had whole.</summary>
    public bool Complete { get; private set; } = true;

    /// <returns><see cref="Complete"/>.</returns>
    public async Task<bool> ReadAsync(bool byCursor, int size, Func<IReadOnlyList<T>, Task> onPage, CancellationToken cancellationToken)
    {
        await (byCursor ? ReadByCursorAsync(size, onPage, cancellationToken) : ReadByIndexAsync(size, onPage, cancellationToken)).ConfigureAwait(false);
        return Complete;
    }

    private async Task ReadByIndexAsync(int size, Func<IReadOnlyList<T>, Task> onPage, CancellationToken cancellationToken)
    {
        var page = await _byIndex(1, size, cancellationToken).ConfigureAwait(false);
        await DeliverAsync(page, onPage).ConfigureAwait(false);
        var total = page.TotalResults;
        var next = 1L + page.Items.Count;

        // The second page is asked for alone: until it shows the server honours startIndex, nothing is read ahead. A
        // full page whose total says it is the last may still not be: some servers report as the total what they returned.
        while (true)
        {
            if (page.Items.Count == 0 || (next > total && page.Items.Count < size))
            {
                Finish(total);
                return;
            }

            var asked = next;
            page = await _byIndex(asked, size, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count == 0)
            {
                Finish(Math.Max(total, page.TotalResults));
                return;
            }

            if (!Honours(page, asked))
            {
                _learnPaging(false);
                Incomplete(total, $"it answered startIndex {asked} with resources it had listed already: it ignores startIndex");
                return;
            }

            _learnPaging(true);
            await DeliverAsync(page, onPage).ConfigureAwait(false);
            total = page.TotalResults;
            next = asked + page.Items.Count;
            break;
        }

        await ReadRestAsync(next, page.Items.Count, total, onPage, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReadRestAsync(long next, int pageSize, long total, Func<IReadOnlyList<T>, Task> onPage, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pages = new Queue<(long Start, Task<ScimListPage<T>> Page)>();
        try
        {
            while (true)
            {
                for (; pages.Count < PagesInFlight && next <= total; next += pageSize)
                {
                    pages.Enqueue((next, _byIndex(next, pageSize, stop.Token)));
                }

                if (pages.Count == 0)
                {
                    Finish(total);
                    return;
                }

                var (start, pending) = pages.Dequeue();
                var page = await pending.ConfigureAwait(false);
                if (page.Items.Count == 0)
                {
                    // The listing shrank while it was read.
                    Finish(page.TotalResults);
                    return;
                }

                if (page.StartIndex is long echoed && echoed != start)
                {
                    Incomplete(total, $"it answered startIndex {start} with a page starting at {echoed}");
                    return;
                }

                await DeliverAsync(page, onPage).ConfigureAwait(false);
            }
        }
        finally
        {
            // Pages no longer wanted (a failure, or the end came early) are called off and awaited.
            stop.Cancel();
            await Task.WhenAll(pages.Select(p => p.Page.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    private async Task ReadByCursorAsync(int size, Func<IReadOnlyList<T>, Task> onPage, CancellationToken cancellationToken)
    {
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = string.Empty;
        while (cursor is not null)
        {
            var page = await _byCursor(cursor, size, cancellationToken).ConfigureAwait(false);
            await DeliverAsync(page, onPage).ConfigureAwait(false);
            cursor = page.NextCursor;
            if (cursor is not null && (page.Items.Count == 0 || !cursors.Add(cursor)))
            {
                Incomplete(page.TotalResults, "its cursors go round without end");
                return;
            }
        }
    }

    /// <summary>A page that starts where it was asked to and brings resources not listed yet.</summary>
    private bool Honours(ScimListPage<T> page, long asked) =>
        (page.StartIndex is not long echoed || echoed == asked) && page.Ids.Any(id => !_seen.Contains(id));

    /// <summary>Hands on the page's resources not handed on before.</summary>
    private Task DeliverAsync(ScimListPage<T> page, Func<IReadOnlyList<T>, Task> onPage)
    {
        if (page.TotalResults > _max)
        {
            throw _tooLarge(page.TotalResults);
        }

        var fresh = new List<T>(page.Items.Count);
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (_seen.Add(page.Ids[i]))
            {
                fresh.Add(page.Items[i]);
            }
        }

        if (_seen.Count > _max)
        {
            throw _tooLarge(_seen.Count);
        }

        Repeated += page.Items.Count - fresh.Count;
        return fresh.Count == 0 ? Task.CompletedTask : onPage(fresh);
    }

    /// <summary>Resources a page brought again (a listing that shifted while it was read).</summary>
    private long Repeated { get; set; }

    private void Finish(long total)
    {
        if (_seen.Count < total)
        {
            Incomplete(total, Repeated > 0 ? "the listing changed while it was read" : "the server stopped answering with resources before its total");
        }
    }

    private void Incomplete(long total, string why)
    {
        var listed = _seen.Count.ToString("N0", CultureInfo.InvariantCulture);
        var counted = total > _seen.Count ? $"{listed} of {total.ToString("N0", CultureInfo.InvariantCulture)} resources were listed" : $"{listed} resources were listed and there may be more";
        Complete = false;
        var message = $"The SCIM gateway's listing of {_what} is incomplete: {counted}, because {why}. ";
        if (_warn)
        {
            EngineLog.Current.Warning(message + "Each was listed once; look up the ones you need by filter (-UserName, -ExternalId, -Filter). (ScimListingIncomplete)");
        }
        else
        {
            EngineLog.Current.Verbose(message + "The users it lacks are looked up by filter instead.");
        }
    }
}
