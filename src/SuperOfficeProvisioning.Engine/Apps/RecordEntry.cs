using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Apps;

internal sealed class RecordEntry
{
    public RecordEntry(int? recordId, bool createAnnounced)
    {
        RecordId = recordId;
        CreateAnnounced = createAnnounced;
    }

    public int? RecordId { get; }

    public bool CreateAnnounced { get; }
}
