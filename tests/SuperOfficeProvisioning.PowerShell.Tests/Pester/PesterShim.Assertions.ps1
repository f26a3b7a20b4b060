<#
    The Should operators of PesterShim.ps1: when they pass, and what they say when they do not. Conditions
    and messages follow Pester 5 so that a test reads and fails the same way under either.
#>

function Get-ShimFailureMessage ($ActualValue, $Assertion) {
    # The failure message of one Should operator, or $null when the assertion holds.
    $negate = $Assertion.Negate
    $expected = $Assertion.ExpectedValue
    $because = Format-ShimBecause $Assertion.Because

    switch ($Assertion.Operator) {
        'Be' { return Get-ShimEqualityFailure $ActualValue $expected $negate $Assertion.Because -CaseSensitive:$false }
        'BeExactly' { return Get-ShimEqualityFailure $ActualValue $expected $negate $Assertion.Because -CaseSensitive:$true }
        'BeNullOrEmpty' {
            if ((Test-ShimNullOrEmpty $ActualValue) -ne $negate) { return $null }
            if ($negate) { return "Expected a value,$because but got `$null or empty." }
            return "Expected `$null or empty,$because but got $(Format-ShimValue $ActualValue)."
        }
        'BeTrue' {
            if ([bool] $ActualValue -ne $negate) { return $null }
            if ($negate) { return "Expected `$false,$because but got $(Format-ShimValue $ActualValue)." }
            return "Expected `$true,$because but got $(Format-ShimValue $ActualValue)."
        }
        'BeFalse' {
            if ([bool] $ActualValue -eq $negate) { return $null }
            if ($negate) { return "Expected `$true,$because but got $(Format-ShimValue $ActualValue)." }
            return "Expected `$false,$because but got $(Format-ShimValue $ActualValue)."
        }
        'HaveCount' { return Get-ShimCountFailure $ActualValue ([int] $expected) $negate $because }
        'Contain' {
            if (($ActualValue -contains $expected) -ne $negate) { return $null }
            if ($negate) { return "Expected $(Format-ShimValue $expected) to not be found in collection $(Format-ShimValue $ActualValue),$because but it was found." }
            return "Expected $(Format-ShimValue $expected) to be found in collection $(Format-ShimValue $ActualValue),$because but it was not found."
        }
        'BeIn' {
            if (($expected -contains $ActualValue) -ne $negate) { return $null }
            if ($negate) { return "Expected collection $(Format-ShimValue $expected) to not contain $(Format-ShimValue $ActualValue),$because but it was found." }
            return "Expected collection $(Format-ShimValue $expected) to contain $(Format-ShimValue $ActualValue),$because but it was not found."
        }
        'Match' {
            $pattern = $Assertion.RegularExpression
            if (($ActualValue -match $pattern) -ne $negate) { return $null }
            return Get-ShimPatternFailure "regular expression $(Format-ShimValue $pattern)" 'match' $ActualValue $negate $because
        }
        'MatchExactly' {
            $pattern = $Assertion.RegularExpression
            if (($ActualValue -cmatch $pattern) -ne $negate) { return $null }
            return Get-ShimPatternFailure "regular expression $(Format-ShimValue $pattern)" 'case sensitively match' $ActualValue $negate $because
        }
        'BeLike' {
            if (($ActualValue -like $expected) -ne $negate) { return $null }
            return Get-ShimPatternFailure "like wildcard $(Format-ShimValue $expected)" 'match' $ActualValue $negate $because
        }
        'BeLikeExactly' {
            if (($ActualValue -clike $expected) -ne $negate) { return $null }
            return Get-ShimPatternFailure "case sensitive like wildcard $(Format-ShimValue $expected)" 'match' $ActualValue $negate $because
        }
        'BeOfType' { return Get-ShimTypeFailure $ActualValue $Assertion.ExpectedType $negate $because }
        'BeGreaterThan' { return Get-ShimOrderFailure $ActualValue $expected $(if ($negate) { 'LessOrEqual' } else { 'GreaterThan' }) $because }
        'BeGreaterOrEqual' { return Get-ShimOrderFailure $ActualValue $expected $(if ($negate) { 'LessThan' } else { 'GreaterOrEqual' }) $because }
        'BeLessThan' { return Get-ShimOrderFailure $ActualValue $expected $(if ($negate) { 'GreaterOrEqual' } else { 'LessThan' }) $because }
        'BeLessOrEqual' { return Get-ShimOrderFailure $ActualValue $expected $(if ($negate) { 'GreaterThan' } else { 'LessOrEqual' }) $because }
    }
    throw "Should -$($Assertion.Operator) is not supported by this Pester shim."
}

function Get-ShimEqualityFailure ($ActualValue, $ExpectedValue, [bool] $Negate, [string] $Because, [switch] $CaseSensitive) {
    if ((Test-ShimArrayEqual $ActualValue $ExpectedValue -CaseSensitive:$CaseSensitive) -ne $Negate) { return $null }

    $exactly = if ($CaseSensitive) { 'exactly ' } else { '' }
    if ($Negate) {
        return "Expected $(Format-ShimValue $ExpectedValue) to be different from the actual value,$(Format-ShimBecause $Because) but got ${exactly}the same value."
    }
    # Unrolls one-element arrays, so that 'a' | Should -Be 'b' is compared as two strings.
    $actual = $($ActualValue)
    $expected = $($ExpectedValue)
    if ($actual -is [string] -and $expected -is [string]) {
        return Get-ShimStringDifference $expected $actual -CaseSensitive:$CaseSensitive -Because $Because
    }
    "Expected $exactly$(Format-ShimValue $expected),$(Format-ShimBecause $Because) but got $(Format-ShimValue $actual)."
}

function Get-ShimStringDifference ([string] $Expected, [string] $Actual, [switch] $CaseSensitive, [string] $Because) {
    $longest = [System.Math]::Max($Expected.Length, $Actual.Length)
    $index = 0
    while ($index -lt $longest) {
        $expectedChar = if ($index -lt $Expected.Length) { [string] $Expected[$index] } else { $null }
        $actualChar = if ($index -lt $Actual.Length) { [string] $Actual[$index] } else { $null }
        $differs = if ($CaseSensitive) { $expectedChar -cne $actualChar } else { $expectedChar -ne $actualChar }
        if ($differs) { break }
        $index++
    }

    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("Expected strings to be the same,$(Format-ShimBecause $Because) but they were different.")
    if ($Expected.Length -ne $Actual.Length) {
        $lines.Add("Expected length: $($Expected.Length)")
        $lines.Add("Actual length:   $($Actual.Length)")
    }
    else {
        $lines.Add("String lengths are both $($Expected.Length).")
    }
    $lines.Add("Strings differ at index $index.")
    $lines.Add("Expected: '$(Format-ShimControlCharacter $Expected)'")
    $lines.Add("But was:  '$(Format-ShimControlCharacter $Actual)'")
    $lines.Add((' ' * 11) + ('-' * $index) + '^')
    $lines -join "`n"
}

function Get-ShimCountFailure ($ActualValue, [int] $ExpectedCount, [bool] $Negate, [string] $Because) {
    if ($ExpectedCount -lt 0) {
        throw [System.ArgumentException]::new('Expected collection size must be greater than or equal to 0.')
    }
    $count = if ($null -eq $ActualValue) { 0 } else { $ActualValue.Count }
    if (($count -eq $ExpectedCount) -ne $Negate) { return $null }

    if ($Negate) {
        $expect = if ($ExpectedCount -eq 0) { 'Expected a non-empty collection' } else { "Expected a collection with size different from $ExpectedCount" }
        $but = if ($count -ne 0) { "but got collection with that size $(Format-ShimValue $ActualValue)." } else { 'but got an empty collection.' }
    }
    else {
        $expect = if ($ExpectedCount -eq 0) { 'Expected an empty collection' } else { "Expected a collection with size $ExpectedCount" }
        $but = if ($count -ne 0) { "but got collection with size $count $(Format-ShimValue $ActualValue)." } else { 'but got an empty collection.' }
    }
    "$expect,$Because $but"
}

function Get-ShimPatternFailure ([string] $Pattern, [string] $Verb, $ActualValue, [bool] $Negate, [string] $Because) {
    if ($Negate) {
        return "Expected $Pattern to not $Verb $(Format-ShimValue $ActualValue),$Because but it did match."
    }
    "Expected $Pattern to $Verb $(Format-ShimValue $ActualValue),$Because but it did not match."
}

function Get-ShimTypeFailure ($ActualValue, $ExpectedType, [bool] $Negate, [string] $Because) {
    if ($ExpectedType -is [string]) {
        # Accepts 'System.String' as well as '[string]'.
        $parsed = ($ExpectedType -replace '^\[(.*)\]$', '$1') -as [type]
        if ($null -eq $parsed) {
            throw [System.ArgumentException]::new("Could not find type [$ExpectedType]. Make sure that the assembly that contains that type is loaded.")
        }
        $ExpectedType = $parsed
    }
    if (($ActualValue -is $ExpectedType) -ne $Negate) { return $null }

    $actualType = if ($null -ne $ActualValue) { $ActualValue.GetType() } else { $null }
    $have = if ($Negate) { 'to not have' } else { 'to have' }
    "Expected the value $have type $(Format-ShimValue $ExpectedType) or any of its subtypes,$Because but got $(Format-ShimValue $ActualValue) with type $(Format-ShimValue $actualType)."
}

function Get-ShimOrderFailure ($ActualValue, $ExpectedValue, [string] $Relation, [string] $Because) {
    switch ($Relation) {
        'GreaterThan' { $holds = $ActualValue -gt $ExpectedValue; $words = 'greater than' }
        'GreaterOrEqual' { $holds = $ActualValue -ge $ExpectedValue; $words = 'greater than or equal to' }
        'LessThan' { $holds = $ActualValue -lt $ExpectedValue; $words = 'less than' }
        'LessOrEqual' { $holds = $ActualValue -le $ExpectedValue; $words = 'less than or equal to' }
    }
    if ($holds) { return $null }
    "Expected the actual value to be $words $(Format-ShimValue $ExpectedValue),$Because but got $(Format-ShimValue $ActualValue)."
}

function Get-ShimThrowFailureMessage ([System.Management.Automation.ErrorRecord] $ErrorRecord, $Assertion) {
    $because = Format-ShimBecause $Assertion.Because
    $thrown = $null -ne $ErrorRecord
    $location = if ($thrown) { Format-ShimErrorLocation $ErrorRecord.InvocationInfo } else { '' }

    if ($Assertion.Negate) {
        # Should -Not -Throw fails on any exception: filters do not apply.
        if (-not $thrown) { return $null }
        return "Expected no exception to be thrown,$because but an exception `"$($ErrorRecord.Exception.Message)`" was thrown $location."
    }

    $filters = [System.Collections.Generic.List[string]]::new()
    $buts = [System.Collections.Generic.List[string]]::new()
    if ($null -ne $Assertion.ExceptionType) {
        $filters.Add("type $(Format-ShimValue $Assertion.ExceptionType)")
        if ($thrown -and $ErrorRecord.Exception -isnot $Assertion.ExceptionType) {
            $buts.Add("the exception type was $(Format-ShimValue $ErrorRecord.Exception.GetType())")
        }
    }
    if (-not [string]::IsNullOrWhiteSpace($Assertion.ExpectedMessage)) {
        $filters.Add("message like $(Format-ShimValue ([System.Management.Automation.WildcardPattern]::Unescape($Assertion.ExpectedMessage)))")
        if ($thrown -and $ErrorRecord.Exception.Message -notlike $Assertion.ExpectedMessage) {
            $buts.Add("the message was $(Format-ShimValue $ErrorRecord.Exception.Message)")
        }
    }
    if (-not [string]::IsNullOrWhiteSpace($Assertion.ErrorId)) {
        # Pester 5 compares the whole FullyQualifiedErrorId with -like: 'UserAlreadyExists,*' matches the id a
        # cmdlet reports ('UserAlreadyExists,Namespace.NewSoUserCommand'); 'UserAlreadyExists' alone does not.
        $filters.Add("FullyQualifiedErrorId $(Format-ShimValue $Assertion.ErrorId)")
        if ($thrown -and $ErrorRecord.FullyQualifiedErrorId -notlike $Assertion.ErrorId) {
            $buts.Add("the FullyQualifiedErrorId was $(Format-ShimValue $ErrorRecord.FullyQualifiedErrorId)")
        }
    }
    if (-not $thrown) {
        $buts.Add('no exception was thrown')
    }
    if ($buts.Count -eq 0) { return $null }

    $filter = if ($filters.Count -gt 0) { " with $(Join-ShimAnd $filters)" } else { '' }
    "Expected an exception$filter to be thrown,$because but $(Join-ShimAnd $buts). $location".Trim()
}

function Format-ShimErrorLocation ([System.Management.Automation.InvocationInfo] $InvocationInfo) {
    if ($null -eq $InvocationInfo) { return '' }
    $lines = @($InvocationInfo.PositionMessage -split '\r?\n' -match '\S')
    ($lines -join [System.Environment]::NewLine -replace '^At ', 'from ') -replace [System.Environment]::NewLine, "$([System.Environment]::NewLine)    "
}

function Join-ShimAnd ([string[]] $Items) {
    if ($Items.Count -lt 2) { return $Items -join ', ' }
    ($Items[0..($Items.Count - 2)] -join ', ') + ' and ' + $Items[-1]
}

function Test-ShimArrayEqual ([object[]] $Actual, [object[]] $Expected, [switch] $CaseSensitive, [int] $Depth = 0) {
    if ($Depth -gt 100) {
        throw 'Reached the recursion depth limit of 100 when comparing arrays. Is one of the arrays cyclic?'
    }
    $actualEmpty = Test-ShimNullOrEmptyArray $Actual
    $expectedEmpty = Test-ShimNullOrEmptyArray $Expected
    if ($actualEmpty -or $expectedEmpty) { return $actualEmpty -and $expectedEmpty }
    if ($Actual.Count -ne $Expected.Count) { return $false }

    for ($index = 0; $index -lt $Actual.Count; $index++) {
        if ($Actual[$index] -is [array] -or $Expected[$index] -is [array]) {
            if (-not (Test-ShimArrayEqual $Actual[$index] $Expected[$index] -CaseSensitive:$CaseSensitive -Depth ($Depth + 1))) { return $false }
        }
        # The expected value on the left, so that PowerShell converts the actual value to its type.
        elseif ($CaseSensitive) {
            if (-not ($Expected[$index] -ceq $Actual[$index])) { return $false }
        }
        elseif (-not ($Expected[$index] -eq $Actual[$index])) {
            return $false
        }
    }
    $true
}

function Test-ShimNullOrEmptyArray ([object[]] $Array) {
    $null -eq $Array -or $Array.Count -eq 0 -or ($Array.Count -eq 1 -and $null -eq $Array[0])
}

function Test-ShimNullOrEmpty ([object[]] $ActualValue) {
    if ($null -eq $ActualValue -or $ActualValue.Count -eq 0) { return $true }
    if ($ActualValue.Count -gt 1) { return $false }
    $single = $ActualValue[0]
    if ($single -is [hashtable]) { return $single.Count -eq 0 }
    [string]::IsNullOrEmpty($single)
}

function Format-ShimBecause ([string] $Because) {
    if ([string]::IsNullOrWhiteSpace($Because)) { return '' }
    " because $($Because.Trim() -replace 'because\s'),"
}

function Format-ShimValue ($Value) {
    # Pester's Format-Nicely: how values appear in failure messages.
    if ($null -eq $Value) { return '$null' }
    if ($Value -is [bool]) { return '$' + "$Value".ToLowerInvariant() }
    if ($Value -is [string]) { if ($Value -eq '') { return '<empty>' } else { return "'$Value'" } }
    if ($Value -is [datetime]) { return $Value.ToString('o') }
    if ($Value -is [type]) { return "[$([string] $Value)]" }
    if ($Value -is [scriptblock]) { return "{$Value}" }
    if ($Value -is [System.ValueType] -or $Value -is [System.Collections.IDictionary]) { return [string] $Value }
    if ($Value -is [System.Collections.IEnumerable]) {
        $items = @($Value)
        $shown = @(for ($index = 0; $index -lt [System.Math]::Min($items.Count, 10); $index++) { Format-ShimValue $items[$index] })
        $more = if ($items.Count -gt 10) { ", ...$($items.Count - 10) more" } else { '' }
        return "@($($shown -join ', ')$more)"
    }
    [string] $Value
}

function Format-ShimControlCharacter ([string] $Text) {
    $Text.Replace("`r", '\r').Replace("`n", '\n').Replace("`t", '\t')
}
