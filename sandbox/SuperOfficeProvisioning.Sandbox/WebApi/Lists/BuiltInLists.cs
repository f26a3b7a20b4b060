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

    /// <summary>Built-in lists are typed by their own (camelCase) name.</summary>
    public static string ListTypeOf(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>
    /// A list made through the API answers IsCustomList false and ListType null (docs/en/api/lists/services/how-to/create-list.md),
    /// so neither field says it is custom: only a built-in list has a type.
    /// </summary>
    public static bool IsBuiltIn(ListDefinition list) => list.ListType is not null;
}
