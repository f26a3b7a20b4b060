using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>The scope of objects that live in the tenant as a whole (lists, web panels): nothing to look up first.</summary>
internal sealed class TenantScope
{
    public static readonly TenantScope Only = new TenantScope();
}
