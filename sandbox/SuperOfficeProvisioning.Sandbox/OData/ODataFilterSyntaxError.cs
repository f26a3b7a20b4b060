namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>What is wrong with a filter's text; see <see cref="ODataFilterSyntaxException"/> for where.</summary>
public enum ODataFilterSyntaxError
{
    /// <summary>A character no token starts with.</summary>
    UnexpectedCharacter,

    /// <summary>A quoted string without its closing quote.</summary>
    UnclosedString,

    /// <summary>More text after a complete filter.</summary>
    TextAfterEnd,

    /// <summary>A parenthesis or comma is missing; the exception's Subject is the one expected.</summary>
    MissingSymbol,

    PropertyExpected,

    /// <summary>A function's argument is not a quoted string.</summary>
    StringExpected,

    /// <summary>Nothing, or no word, follows a property; the exception's Subject is the property.</summary>
    OperatorExpected,

    /// <summary>A word that is no operator the syntax allows follows a property; the exception's Subject is the property.</summary>
    UnknownOperator,

    /// <summary>A call of a function the syntax does not allow; the exception's Subject is the function as written.</summary>
    UnsupportedFunction,

    /// <summary>No literal (or one of a kind the syntax does not allow) where a literal belongs.</summary>
    ValueExpected,

    /// <summary>A number literal that is not a JSON number.</summary>
    MalformedNumber,
}
