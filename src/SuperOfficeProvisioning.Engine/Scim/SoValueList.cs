using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// A user's list of values (business phones, groups). Its text is the values joined with "; ", which is what
/// Export-Csv writes, and what the user cmdlets split again on the way back in, so a CSV round trip keeps it.
/// </summary>
public sealed class SoValueList : ReadOnlyCollection<string>
{
    public const string Separator = "; ";

    public static readonly SoValueList Empty = new SoValueList(Array.Empty<string>());

    public SoValueList(IList<string> values)
        : base(values)
    {
    }

    public override string ToString() => string.Join(Separator, this);
}
