namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>How a field's input is read and checked.</summary>
public enum UserFieldKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>Text that tells one user from another: an invisible character there makes a look-alike account.</summary>
    Identifier,

    /// <summary>An e-mail address (also an identifier).</summary>
    Email,

    /// <summary>A language tag such as en-US.</summary>
    Language,

    /// <summary>A list of phone numbers (Graph's businessPhones) of which the first is sent.</summary>
    PhoneList,

    /// <summary>True or false.</summary>
    Boolean,
}
