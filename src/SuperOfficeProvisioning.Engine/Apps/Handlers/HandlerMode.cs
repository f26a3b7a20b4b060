using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>What a handler is doing, for the steps that answer differently to each.</summary>
internal enum HandlerMode
{
    Install,
    Test,
    Uninstall,
}
