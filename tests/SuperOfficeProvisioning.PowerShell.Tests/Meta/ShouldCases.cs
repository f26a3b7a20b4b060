namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>One Should statement and what it must do: pass (no message), or fail with Pester 5's message.</summary>
/// <param name="MessageStartsWith">For -Throw, whose messages end with the script position of the error.</param>
public sealed record ShouldCase(string Name, string Statement, string? Failure = null, bool MessageStartsWith = false);

/// <summary>Every Should operator of the shim, passing and failing.</summary>
public static class ShouldCases
{
    const string ThrowsUserExists =
        "{ throw [System.Management.Automation.ErrorRecord]::new([Exception]::new('taken'), 'UserAlreadyExists,SuperOffice.Commands.NewSoUserCommand', 'ResourceExists', $null) }";

    public static IReadOnlyList<ShouldCase> All { get; } =
    [
        new("Be passes", "1 | Should -Be 1"),
        new("Be converts the actual value to the expected type", "'5' | Should -Be 5"),
        new("Be ignores case", "'abc' | Should -Be 'ABC'"),
        new("Be compares arrays", "@(1, 2) | Should -Be @(1, 2)"),
        new("Be accepts null", "$null | Should -Be $null"),
        new("Be takes the actual value as a parameter", "Should -ActualValue 5 -Be 5"),
        new("Be fails", "3 | Should -Be 5", "Expected 5, but got 3."),
        new("Be fails with a reason", "3 | Should -Be 5 -Because 'the maths'", "Expected 5, because the maths, but got 3."),
        new("Be does not repeat because", "3 | Should -Be 5 -Because 'because it is'", "Expected 5, because it is, but got 3."),
        new("Be fails on arrays", "@(1, 2) | Should -Be @(1, 3)", "Expected @(1, 3), but got @(1, 2)."),
        new("Be shows where strings differ", "'abcd' | Should -Be 'abXd'",
            "Expected strings to be the same, but they were different.\nString lengths are both 4.\nStrings differ at index 2.\nExpected: 'abXd'\nBut was:  'abcd'\n           --^"),
        new("Be shows strings of different length", "'ab' | Should -Be 'abc'",
            "Expected strings to be the same, but they were different.\nExpected length: 3\nActual length:   2\nStrings differ at index 2.\nExpected: 'abc'\nBut was:  'ab'\n           --^"),
        new("Not Be passes", "1 | Should -Not -Be 2"),
        new("Not Be fails", "1 | Should -Not -Be 1", "Expected 1 to be different from the actual value, but got the same value."),

        new("BeExactly passes", "'abc' | Should -BeExactly 'abc'"),
        new("BeExactly fails on case", "'abc' | Should -BeExactly 'ABC'",
            "Expected strings to be the same, but they were different.\nString lengths are both 3.\nStrings differ at index 0.\nExpected: 'ABC'\nBut was:  'abc'\n           ^"),
        new("BeExactly fails", "1 | Should -BeExactly 2", "Expected exactly 2, but got 1."),
        new("Not BeExactly fails", "'a' | Should -Not -BeExactly 'a'", "Expected 'a' to be different from the actual value, but got exactly the same value."),

        new("BeNullOrEmpty passes on null", "$null | Should -BeNullOrEmpty"),
        new("BeNullOrEmpty passes on an empty array", "@() | Should -BeNullOrEmpty"),
        new("BeNullOrEmpty passes on an empty string", "'' | Should -BeNullOrEmpty"),
        new("BeNullOrEmpty fails", "'x' | Should -BeNullOrEmpty", "Expected $null or empty, but got @('x')."),
        new("Not BeNullOrEmpty passes", "'x' | Should -Not -BeNullOrEmpty"),
        new("Not BeNullOrEmpty fails", "$null | Should -Not -BeNullOrEmpty", "Expected a value, but got $null or empty."),

        new("BeTrue passes", "$true | Should -BeTrue"),
        new("BeTrue fails", "0 | Should -BeTrue", "Expected $true, but got 0."),
        new("Not BeTrue fails", "$true | Should -Not -BeTrue", "Expected $false, but got $true."),
        new("BeFalse passes", "$false | Should -BeFalse"),
        new("BeFalse fails", "'x' | Should -BeFalse", "Expected $false, but got 'x'."),

        new("HaveCount passes", "@(1, 2) | Should -HaveCount 2"),
        new("HaveCount passes on nothing", "@() | Should -HaveCount 0"),
        new("HaveCount fails", "@(1, 2, 3) | Should -HaveCount 2", "Expected a collection with size 2, but got collection with size 3 @(1, 2, 3)."),
        new("HaveCount fails on nothing", "@() | Should -HaveCount 1", "Expected a collection with size 1, but got an empty collection."),
        new("Not HaveCount fails", "@(1) | Should -Not -HaveCount 1", "Expected a collection with size different from 1, but got collection with that size @(1)."),

        new("Contain passes", "@('a', 'b') | Should -Contain 'b'"),
        new("Contain fails", "@('a') | Should -Contain 'z'", "Expected 'z' to be found in collection @('a'), but it was not found."),
        new("Not Contain fails", "@('a') | Should -Not -Contain 'a'", "Expected 'a' to not be found in collection @('a'), but it was found."),
        new("BeIn passes", "'b' | Should -BeIn @('a', 'b')"),
        new("BeIn fails", "'z' | Should -BeIn @('a', 'b')", "Expected collection @('a', 'b') to contain 'z', but it was not found."),

        new("Match passes", "'hello world' | Should -Match '^HELLO'"),
        new("Match fails", "'hello' | Should -Match '^bye'", "Expected regular expression '^bye' to match 'hello', but it did not match."),
        new("Not Match fails", "'hello' | Should -Not -Match 'ell'", "Expected regular expression 'ell' to not match 'hello', but it did match."),
        new("MatchExactly passes", "'Hello' | Should -MatchExactly '^H'"),
        new("MatchExactly fails", "'hello' | Should -MatchExactly '^H'", "Expected regular expression '^H' to case sensitively match 'hello', but it did not match."),

        new("BeLike passes", "'SuperOffice' | Should -BeLike 'super*'"),
        new("BeLike fails", "'SuperOffice' | Should -BeLike 'x*'", "Expected like wildcard 'x*' to match 'SuperOffice', but it did not match."),
        new("Not BeLike fails", "'SuperOffice' | Should -Not -BeLike 'super*'", "Expected like wildcard 'super*' to not match 'SuperOffice', but it did match."),
        new("BeLikeExactly passes", "'SuperOffice' | Should -BeLikeExactly 'Super*'"),
        new("BeLikeExactly fails", "'SuperOffice' | Should -BeLikeExactly 'super*'", "Expected case sensitive like wildcard 'super*' to match 'SuperOffice', but it did not match."),

        new("BeOfType passes with a type name in brackets", "1 | Should -BeOfType [int]"),
        new("BeOfType passes with a type", "'x' | Should -BeOfType ([string])"),
        new("BeOfType passes on a subtype", "[ArgumentNullException]::new('p') | Should -BeOfType System.ArgumentException"),
        new("BeOfType fails", "1 | Should -BeOfType [string]", "Expected the value to have type [string] or any of its subtypes, but got 1 with type [int]."),
        new("Not BeOfType fails", "1 | Should -Not -BeOfType [int]", "Expected the value to not have type [int] or any of its subtypes, but got 1 with type [int]."),

        new("BeGreaterThan passes", "2 | Should -BeGreaterThan 1"),
        new("BeGreaterThan checks every item", "1, 0 | Should -BeGreaterThan 0", "Expected the actual value to be greater than 0, but got 0."),
        new("Not BeGreaterThan fails", "2 | Should -Not -BeGreaterThan 1", "Expected the actual value to be less than or equal to 1, but got 2."),
        new("BeLessThan passes", "1 | Should -BeLessThan 2"),
        new("BeLessThan fails", "2 | Should -BeLessThan 2", "Expected the actual value to be less than 2, but got 2."),
        new("Not BeLessThan fails", "1 | Should -Not -BeLessThan 2", "Expected the actual value to be greater than or equal to 2, but got 1."),
        new("BeGreaterOrEqual passes", "2 | Should -BeGreaterOrEqual 2"),
        new("BeLessOrEqual fails", "3 | Should -BeLessOrEqual 2", "Expected the actual value to be less than or equal to 2, but got 3."),

        new("Throw passes", "{ throw 'x' } | Should -Throw"),
        new("Throw fails", "{ } | Should -Throw", "Expected an exception to be thrown, but no exception was thrown."),
        new("Throw fails with a reason", "{ } | Should -Throw -Because 'input is invalid'",
            "Expected an exception to be thrown, because input is invalid, but no exception was thrown."),
        new("Throw matches the message with wildcards", "{ throw 'bad input' } | Should -Throw -ExpectedMessage 'bad*'"),
        new("Throw fails on the message", "{ throw 'bad input' } | Should -Throw -ExpectedMessage 'good*'",
            "Expected an exception with message like 'good*' to be thrown, but the message was 'bad input'. from ", MessageStartsWith: true),
        new("Throw matches the exception type or a subtype", "{ throw [ArgumentNullException]'x' } | Should -Throw -ExceptionType ([ArgumentException])"),
        new("Throw fails on the exception type", "{ throw [ArgumentException]'x' } | Should -Throw -ExceptionType ([InvalidOperationException])",
            "Expected an exception with type [System.InvalidOperationException] to be thrown, but the exception type was [System.ArgumentException]. from ", MessageStartsWith: true),
        new("Throw matches a whole ErrorId", "{ throw [System.Management.Automation.ErrorRecord]::new([Exception]::new('x'), 'UserAlreadyExists', 'ResourceExists', $null) } | Should -Throw -ErrorId 'UserAlreadyExists'"),
        new("Throw matches a cmdlet ErrorId with a wildcard", $"{ThrowsUserExists} | Should -Throw -ErrorId 'UserAlreadyExists,*'"),
        new("Throw matches a real cmdlet's ErrorId", "{ Get-Command -Name 'No-SuchCommand' -ErrorAction Stop } | Should -Throw -ErrorId 'CommandNotFoundException,*'"),
        new("Throw compares the whole ErrorId as Pester 5 does", $"{ThrowsUserExists} | Should -Throw -ErrorId 'UserAlreadyExists'",
            "Expected an exception with FullyQualifiedErrorId 'UserAlreadyExists' to be thrown, but the FullyQualifiedErrorId was 'UserAlreadyExists,SuperOffice.Commands.NewSoUserCommand'. from ", MessageStartsWith: true),
        new("Throw lists every filter that failed", "{ throw 'x' } | Should -Throw -ExpectedMessage 'y' -ErrorId 'z'",
            "Expected an exception with message like 'y' and FullyQualifiedErrorId 'z' to be thrown, but the message was 'x' and the FullyQualifiedErrorId was 'x'. from ", MessageStartsWith: true),
        new("Throw passes the error through", "$err = { throw 'x' } | Should -Throw -PassThru; $err.Exception.Message | Should -Be 'x'"),
        new("Throw refuses a value that is not a scriptblock", "'x' | Should -Throw",
            "ArgumentException: Input is missing or not a ScriptBlock. Input to '-Throw' and '-Not -Throw' must be enclosed in curly braces."),
        new("Not Throw passes", "{ } | Should -Not -Throw"),
        new("Not Throw fails", "{ throw 'oops' } | Should -Not -Throw", "Expected no exception to be thrown, but an exception \"oops\" was thrown from ", MessageStartsWith: true),
    ];
}
