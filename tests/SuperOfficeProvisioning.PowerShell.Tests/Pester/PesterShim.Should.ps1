<#
    Should, the assertion command of PesterShim.ps1. The operators' conditions and messages are in
    PesterShim.Assertions.ps1.
#>

#region Should

function Should {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline = $true)] [object] $ActualValue,
        [switch] $Not,
        [string] $Because,

        [Parameter(ParameterSetName = 'Be', Mandatory = $true)] [Alias('EQ')] [switch] $Be,
        [Parameter(ParameterSetName = 'BeExactly', Mandatory = $true)] [Alias('CEQ')] [switch] $BeExactly,
        [Parameter(ParameterSetName = 'BeNullOrEmpty', Mandatory = $true)] [switch] $BeNullOrEmpty,
        [Parameter(ParameterSetName = 'BeTrue', Mandatory = $true)] [switch] $BeTrue,
        [Parameter(ParameterSetName = 'BeFalse', Mandatory = $true)] [switch] $BeFalse,
        [Parameter(ParameterSetName = 'HaveCount', Mandatory = $true)] [switch] $HaveCount,
        [Parameter(ParameterSetName = 'Contain', Mandatory = $true)] [switch] $Contain,
        [Parameter(ParameterSetName = 'BeIn', Mandatory = $true)] [switch] $BeIn,
        [Parameter(ParameterSetName = 'Match', Mandatory = $true)] [switch] $Match,
        [Parameter(ParameterSetName = 'MatchExactly', Mandatory = $true)] [Alias('CMATCH')] [switch] $MatchExactly,
        [Parameter(ParameterSetName = 'BeLike', Mandatory = $true)] [switch] $BeLike,
        [Parameter(ParameterSetName = 'BeLikeExactly', Mandatory = $true)] [switch] $BeLikeExactly,
        [Parameter(ParameterSetName = 'BeOfType', Mandatory = $true)] [Alias('HaveType')] [switch] $BeOfType,
        [Parameter(ParameterSetName = 'BeGreaterThan', Mandatory = $true)] [Alias('GT')] [switch] $BeGreaterThan,
        [Parameter(ParameterSetName = 'BeGreaterOrEqual', Mandatory = $true)] [Alias('GE')] [switch] $BeGreaterOrEqual,
        [Parameter(ParameterSetName = 'BeLessThan', Mandatory = $true)] [Alias('LT')] [switch] $BeLessThan,
        [Parameter(ParameterSetName = 'BeLessOrEqual', Mandatory = $true)] [Alias('LE')] [switch] $BeLessOrEqual,
        [Parameter(ParameterSetName = 'Throw', Mandatory = $true)] [switch] $Throw,

        [Parameter(ParameterSetName = 'Be', Position = 0)]
        [Parameter(ParameterSetName = 'BeExactly', Position = 0)]
        [Parameter(ParameterSetName = 'HaveCount', Position = 0)]
        [Parameter(ParameterSetName = 'Contain', Position = 0)]
        [Parameter(ParameterSetName = 'BeIn', Position = 0)]
        [Parameter(ParameterSetName = 'BeLike', Position = 0)]
        [Parameter(ParameterSetName = 'BeLikeExactly', Position = 0)]
        [Parameter(ParameterSetName = 'BeGreaterThan', Position = 0)]
        [Parameter(ParameterSetName = 'BeGreaterOrEqual', Position = 0)]
        [Parameter(ParameterSetName = 'BeLessThan', Position = 0)]
        [Parameter(ParameterSetName = 'BeLessOrEqual', Position = 0)]
        [object] $ExpectedValue,
        [Parameter(ParameterSetName = 'Match', Position = 0)]
        [Parameter(ParameterSetName = 'MatchExactly', Position = 0)]
        [object] $RegularExpression,
        [Parameter(ParameterSetName = 'BeOfType', Position = 0)] [object] $ExpectedType,
        [Parameter(ParameterSetName = 'Throw', Position = 0)] [string] $ExpectedMessage,
        [Parameter(ParameterSetName = 'Throw')] [string] $ErrorId,
        [Parameter(ParameterSetName = 'Throw')] [type] $ExceptionType,
        [Parameter(ParameterSetName = 'Throw')] [switch] $PassThru
    )

    begin {
        # The caller's $_ (It -ForEach data): restored below for the scriptblock that -Throw runs.
        $__ShimCallerItem = $ExecutionContext.SessionState.PSVariable.GetValue('_')
        $__ShimInput = [System.Collections.Generic.List[object]]::new()
    }
    process {
        $__ShimInput.Add($ActualValue)
    }
    end {
        $__ShimAssertion = [pscustomobject]@{
            Operator          = $PSCmdlet.ParameterSetName
            Negate            = [bool] $Not
            Because           = $Because
            ExpectedValue     = $ExpectedValue
            RegularExpression = $RegularExpression
            ExpectedType      = $ExpectedType
            ExpectedMessage   = $ExpectedMessage
            ErrorId           = $ErrorId
            ExceptionType     = $ExceptionType
            PassThru          = [bool] $PassThru
            CallerItem        = $__ShimCallerItem
            File              = $MyInvocation.ScriptName
            Line              = $MyInvocation.ScriptLineNumber
            LineText          = "$($MyInvocation.Line)".Trim()
        }
        . Hide-ShimParameterVariable $MyInvocation.MyCommand
        Invoke-ShimAssertion $__ShimAssertion $__ShimInput
    }
}

function Invoke-ShimAssertion {
    param($__ShimAssertion, [System.Collections.Generic.List[object]] $__ShimInput)

    # As in Pester, some operators judge the pipeline input as one collection and the rest judge each item.
    $__ShimJudgesCollection = $__ShimAssertion.Operator -in 'Be', 'BeExactly', 'BeNullOrEmpty', 'HaveCount', 'Contain'
    $__ShimValues = if ($__ShimInput.Count -eq 0) { , @($null) }
    elseif ($__ShimJudgesCollection) { , @(, $__ShimInput.ToArray()) }
    else { , $__ShimInput.ToArray() }

    foreach ($__ShimValue in $__ShimValues) {
        if ($__ShimAssertion.Operator -eq 'Throw') {
            $__ShimResult = Test-ShimThrow $__ShimValue $__ShimAssertion
        }
        else {
            $__ShimResult = [pscustomobject]@{ FailureMessage = (Get-ShimFailureMessage $__ShimValue $__ShimAssertion); Data = $null }
        }

        if ($__ShimResult.FailureMessage) {
            throw (New-ShimAssertionError $__ShimAssertion $__ShimResult.FailureMessage)
        }
        if ($__ShimAssertion.PassThru) {
            $__ShimResult.Data
        }
    }
}

function New-ShimAssertionError ($Assertion, [string] $Message) {
    # The same shape as Pester's: the id and the target object are what reporters read.
    $target = @{ Message = $Message; File = $Assertion.File; Line = $Assertion.Line; LineText = $Assertion.LineText; Terminating = $true }
    [System.Management.Automation.ErrorRecord]::new(
        [System.Exception]::new($Message), 'PesterAssertionFailed', [System.Management.Automation.ErrorCategory]::InvalidResult, $target)
}

function Test-ShimThrow {
    param($__ShimScriptBlock, $__ShimAssertion)

    if ($__ShimScriptBlock -isnot [scriptblock]) {
        throw [System.ArgumentException]::new("Input is missing or not a ScriptBlock. Input to '-Throw' and '-Not -Throw' must be enclosed in curly braces.")
    }

    $__ShimError = $null
    try {
        $_ = $__ShimAssertion.CallerItem
        do { $null = & $__ShimScriptBlock } until ($true)
    }
    catch {
        $__ShimError = $_
    }

    [pscustomobject]@{ FailureMessage = (Get-ShimThrowFailureMessage $__ShimError $__ShimAssertion); Data = $__ShimError }
}

#endregion
