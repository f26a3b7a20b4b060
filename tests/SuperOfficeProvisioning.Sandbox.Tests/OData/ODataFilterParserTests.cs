using SuperOfficeProvisioning.Sandbox.OData;

namespace SuperOfficeProvisioning.Sandbox.Tests.OData;

public sealed class ODataFilterParserTests
{
    private static readonly ODataFilterSyntax Everything = new()
    {
        Comparisons = Enum.GetValues<ODataComparisonOperator>(),
        InLists = true,
        Functions = Enum.GetValues<ODataFunction>(),
        NumberLiterals = true,
    };

    private static readonly ODataFilterSyntax EqualityOnly = new() { Comparisons = [ODataComparisonOperator.Eq] };

    [Theory]
    [InlineData("a eq 1 or b eq 2 and c eq 3", "(a Eq Number:1 or (b Eq Number:2 and c Eq Number:3))")]
    [InlineData("(a eq 1 or b eq 2) and c eq 3", "((a Eq Number:1 or b Eq Number:2) and c Eq Number:3)")]
    [InlineData("not a eq 1 and b eq 2", "(not a Eq Number:1 and b Eq Number:2)")]
    [InlineData("not (a eq 1 and b eq 2)", "not (a Eq Number:1 and b Eq Number:2)")]
    [InlineData("a eq 1 and b eq 2 and c eq 3", "((a Eq Number:1 and b Eq Number:2) and c Eq Number:3)")]
    [InlineData("a eq 1 or b eq 2 or c eq 3", "((a Eq Number:1 or b Eq Number:2) or c Eq Number:3)")]
    [InlineData("not not a eq true", "not not a Eq Boolean:true")]
    [InlineData("((a eq null))", "a Eq Null:null")]
    [InlineData("A EQ 'x' OR NOT B Ne TRUE", "(A Eq String:x or not B Ne Boolean:true)")]
    public void And_binds_tighter_than_or_and_not_tighter_than_and(string filter, string expected)
    {
        Assert.Equal(expected, Render(ODataFilterParser.Parse(filter, Everything)));
    }

    [Theory]
    [InlineData("n eq 1", ODataComparisonOperator.Eq)]
    [InlineData("n ne 1", ODataComparisonOperator.Ne)]
    [InlineData("n gt 1", ODataComparisonOperator.Gt)]
    [InlineData("n ge 1", ODataComparisonOperator.Ge)]
    [InlineData("n lt 1", ODataComparisonOperator.Lt)]
    [InlineData("n LE 1", ODataComparisonOperator.Le)]
    public void Every_comparison_operator_is_read(string filter, ODataComparisonOperator expected)
    {
        var comparison = Assert.IsType<ODataComparison>(ODataFilterParser.Parse(filter, Everything));

        Assert.Equal(expected, comparison.Operator);
    }

    [Theory]
    [InlineData("'O''Brien'", ODataLiteralKind.String, "O'Brien")]
    [InlineData("''", ODataLiteralKind.String, "")]
    [InlineData("''''", ODataLiteralKind.String, "'")]
    [InlineData("'a and b or (c)'", ODataLiteralKind.String, "a and b or (c)")]
    [InlineData("'Åse Ødegård'", ODataLiteralKind.String, "Åse Ødegård")]
    [InlineData("-1.5e3", ODataLiteralKind.Number, "-1.5e3")]
    [InlineData("0", ODataLiteralKind.Number, "0")]
    [InlineData("True", ODataLiteralKind.Boolean, "true")]
    [InlineData("FALSE", ODataLiteralKind.Boolean, "false")]
    [InlineData("Null", ODataLiteralKind.Null, "null")]
    public void Literals_are_read_with_doubled_quotes_undone(string literal, ODataLiteralKind kind, string text)
    {
        var comparison = Assert.IsType<ODataComparison>(ODataFilterParser.Parse($"n eq {literal}", Everything));

        Assert.Equal(new ODataLiteral(kind, text), comparison.Value);
    }

    [Theory]
    [InlineData("startswith(Name,'O''B')", ODataFunction.StartsWith, "O'B")]
    [InlineData("endsWith(Name,'en')", ODataFunction.EndsWith, "en")]
    [InlineData("CONTAINS( Name , ' ' )", ODataFunction.Contains, " ")]
    public void String_functions_take_a_property_and_a_quoted_string(string filter, ODataFunction function, string argument)
    {
        Assert.Equal(new ODataFunctionCall(function, "Name", argument), ODataFilterParser.Parse(filter, Everything));
    }

    [Fact]
    public void In_takes_a_parenthesised_list_of_literals()
    {
        var list = Assert.IsType<ODataInList>(ODataFilterParser.Parse("id IN ('a', 'b''c', null)", Everything));

        Assert.Equal("id", list.Property);
        Assert.Equal(
            [new(ODataLiteralKind.String, "a"), new(ODataLiteralKind.String, "b'c"), new(ODataLiteralKind.Null, "null")],
            list.Values);
    }

    [Fact]
    public void Property_names_pass_through_the_resolver_and_may_be_paths()
    {
        var filter = ODataFilterParser.Parse("manager/displayName eq 'x' and startswith(mail,'a')", Everything, name => name.ToUpperInvariant());

        Assert.Equal("(MANAGER/DISPLAYNAME Eq String:x and StartsWith(MAIL, 'a'))", Render(filter));
        Assert.Throws<KeyNotFoundException>(() =>
            ODataFilterParser.Parse("known eq 1 or unknown eq 1", Everything, name => name == "known" ? name : throw new KeyNotFoundException(name)));
    }

    [Fact]
    public void A_predicate_combines_the_conditions_and_builds_each_once()
    {
        var built = new List<string>();
        var matches = ODataFilterParser.Parse("a eq true and not (b eq true or c eq true)", EqualityOnly).ToPredicate<ISet<string>>(condition =>
        {
            built.Add(condition.Property);
            return subject => subject.Contains(condition.Property);
        });

        Assert.True(matches(new HashSet<string> { "a" }));
        Assert.False(matches(new HashSet<string> { "a", "c" }));
        Assert.False(matches(new HashSet<string> { "b" }));
        Assert.Equal(["a", "b", "c"], built);
    }

    [Theory]
    [InlineData("Name eq 'open", ODataFilterSyntaxError.UnclosedString, 8, "open", null)]
    [InlineData("Name eq 'x' § 1", ODataFilterSyntaxError.UnexpectedCharacter, 12, "§", null)]
    [InlineData("Name eq 'x' extra", ODataFilterSyntaxError.TextAfterEnd, 12, "extra", null)]
    [InlineData("(Name eq 'x'", ODataFilterSyntaxError.MissingSymbol, 12, null, ")")]
    [InlineData("Name in 'x'", ODataFilterSyntaxError.MissingSymbol, 8, "x", "(")]
    [InlineData("Name in ('x' 'y')", ODataFilterSyntaxError.MissingSymbol, 13, "y", ")")]
    [InlineData("startswith(Name 'x')", ODataFilterSyntaxError.MissingSymbol, 16, "x", ",")]
    [InlineData("'x' eq Name", ODataFilterSyntaxError.PropertyExpected, 0, "x", null)]
    [InlineData("Name eq 'x' and", ODataFilterSyntaxError.PropertyExpected, 15, null, null)]
    [InlineData("startswith(Name,5)", ODataFilterSyntaxError.StringExpected, 16, "5", null)]
    [InlineData("Name", ODataFilterSyntaxError.OperatorExpected, 4, null, "Name")]
    [InlineData("Name 'x'", ODataFilterSyntaxError.OperatorExpected, 5, "x", "Name")]
    [InlineData("Name like 'x'", ODataFilterSyntaxError.UnknownOperator, 5, "like", "Name")]
    [InlineData("substringof('x',Name)", ODataFilterSyntaxError.UnsupportedFunction, 11, "(", "substringof")]
    [InlineData("Name eq", ODataFilterSyntaxError.ValueExpected, 7, null, null)]
    [InlineData("Name eq Other", ODataFilterSyntaxError.ValueExpected, 8, "Other", null)]
    [InlineData("Rank eq 1.", ODataFilterSyntaxError.MalformedNumber, 8, "1.", null)]
    [InlineData("Rank eq 01", ODataFilterSyntaxError.MalformedNumber, 8, "01", null)]
    public void Malformed_filters_say_what_is_wrong_and_where(string filter, ODataFilterSyntaxError error, int position, string? found, string? subject)
    {
        var refusal = Assert.Throws<ODataFilterSyntaxException>(() => ODataFilterParser.Parse(filter, Everything));

        Assert.Equal((error, position, found, subject), (refusal.Error, refusal.Position, refusal.Found, refusal.Subject));
    }

    [Theory]
    [InlineData("n ne 'x'", ODataFilterSyntaxError.UnknownOperator)]
    [InlineData("n in ('x')", ODataFilterSyntaxError.UnknownOperator)]
    [InlineData("n eq 1", ODataFilterSyntaxError.ValueExpected)]
    [InlineData("startswith(n,'x')", ODataFilterSyntaxError.UnsupportedFunction)]
    public void The_syntax_decides_which_operators_functions_and_literals_are_allowed(string filter, ODataFilterSyntaxError error)
    {
        Assert.Equal(error, Assert.Throws<ODataFilterSyntaxException>(() => ODataFilterParser.Parse(filter, EqualityOnly)).Error);
        ODataFilterParser.Parse(filter, Everything);
    }

    [Fact]
    public void The_plain_message_says_what_was_expected_what_was_found_and_where()
    {
        var refusal = Assert.Throws<ODataFilterSyntaxException>(() => ODataFilterParser.Parse("(Name eq 'x' or", Everything));

        Assert.Equal("Expected a property name but found the end at position 15.", refusal.Message);
        Assert.Equal("the end", refusal.FoundText);
    }

    private static string Render(ODataFilterNode node) => node switch
    {
        ODataAnd and => $"({Render(and.Left)} and {Render(and.Right)})",
        ODataOr or => $"({Render(or.Left)} or {Render(or.Right)})",
        ODataNot not => $"not {Render(not.Operand)}",
        ODataComparison comparison => $"{comparison.Property} {comparison.Operator} {comparison.Value.Kind}:{comparison.Value.Text}",
        ODataFunctionCall call => $"{call.Function}({call.Property}, '{call.Argument}')",
        _ => throw new ArgumentException($"Unexpected {node}.", nameof(node)),
    };
}
