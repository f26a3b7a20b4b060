using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

internal enum FieldType
{
    Text,
    Number,
    Flag,
}
