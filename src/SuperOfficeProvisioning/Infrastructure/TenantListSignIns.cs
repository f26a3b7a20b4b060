using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// What Connect-SoTenant does with each row of a tenant list as its sign-in ends, on the pipeline thread: the
/// connection written (with -PassThru) or the error about the tenant, and which connection becomes current.
/// </summary>
internal sealed class TenantListSignIns
{
    private readonly Cmdlet _cmdlet;
    private readonly bool _passThru;
    private int _rows;
    private int _connected;
    private int _lastPosition = -1;

    public TenantListSignIns(Cmdlet cmdlet, bool passThru)
    {
        _cmdlet = cmdlet;
        _passThru = passThru;
    }

    /// <summary>The connection of the last input row that signed in: the session's current one once the list ends.</summary>
    public SoConnection? Last { get; private set; }

    /// <summary>The place of the next row to sign in, in input order.</summary>
    public int NextPosition() => _rows++;

    public void Completed(int position, TenantRun<SoConnection> run)
    {
        if (run.Value is not { } connection)
        {
            _cmdlet.WriteError(ErrorRecords.From(run.NamedFailure!, run.Tenant));
            return;
        }

        _connected++;
        _cmdlet.WriteVerbose($"Connected: {connection} (sign-in: {run.Requests} request(s), {run.Duration.TotalMilliseconds:0} ms).");
        if (position > _lastPosition)
        {
            (_lastPosition, Last) = (position, connection);
        }

        if (_passThru)
        {
            _cmdlet.WriteObject(OutputTypes.Tag(connection, OutputTypes.Connection));
        }
    }

    /// <summary>As if Connect-SoTenant had run once per row: the last row of the input that connected is current; none leaves it as it was.</summary>
    public void MakeCurrent()
    {
        if (Last is not null)
        {
            ConnectionRegistry.Current = Last;
            _cmdlet.WriteVerbose($"{_connected} of {_rows} tenant(s) connected; the current connection is {Last}.");
        }
    }
}
