namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>The built-in lists a new tenant has, with a few items each. UserGroup's items are the tenant's user groups.</summary>
internal static class BuiltInLists
{
    public const string UserGroupList = "UserGroup";

    public static readonly IReadOnlyList<(string Name, string[] Items)> All =
    [
        ("Category", ["Customer", "Prospect", "Partner", "Supplier"]),
        ("Business", ["IT", "Finance", "Retail", "Manufacturing"]),
        ("Priority", ["High", "Normal", "Low"]),
        ("Source", ["Web", "Fair", "Referral"]),
        (UserGroupList, ["Sales", "Support", "Administration"]),
    ];

    /// <summary>Built-in lists are typed by their own (camelCase) name; custom lists are "udlist".</summary>
    public static string ListTypeOf(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
