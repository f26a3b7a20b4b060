<#
    The discovery half of PesterShim.ps1: Describe, Context, It, BeforeDiscovery and the setup blocks, which
    record the test tree while the test file runs, and the -ForEach data and name templates they use.
#>

#region Discovery: Describe, Context, It and the setup blocks

function Describe {
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag = @(),
        [Parameter(Position = 1)] [scriptblock] $Fixture,
        [switch] $Skip,
        [object[]] $ForEach,
        [switch] $AllowNullOrEmptyForEach
    )

    $__ShimRequest = New-ShimBlockRequest 'Describe' $PSBoundParameters $MyInvocation.ScriptLineNumber
    . Hide-ShimParameterVariable $MyInvocation.MyCommand
    Add-ShimBlock $__ShimRequest
}

function Context {
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag = @(),
        [Parameter(Position = 1)] [scriptblock] $Fixture,
        [switch] $Skip,
        [object[]] $ForEach,
        [switch] $AllowNullOrEmptyForEach
    )

    $__ShimRequest = New-ShimBlockRequest 'Context' $PSBoundParameters $MyInvocation.ScriptLineNumber
    . Hide-ShimParameterVariable $MyInvocation.MyCommand
    Add-ShimBlock $__ShimRequest
}

function New-ShimBlockRequest ([string] $Kind, [System.Collections.Generic.IDictionary[string, object]] $Bound, [int] $Line) {
    [pscustomobject]@{
        Kind                    = $Kind
        Name                    = [string] $Bound['Name']
        Body                    = [scriptblock] $Bound['Fixture']
        Skip                    = [bool] $Bound['Skip']
        HasForEach              = $Bound.ContainsKey('ForEach')
        ForEach                 = [object[]] $Bound['ForEach']
        AllowNullOrEmptyForEach = [bool] $Bound['AllowNullOrEmptyForEach']
        Line                    = $Line
    }
}

function Add-ShimBlock {
    param($__ShimRequest)

    Assert-ShimDiscoveryPhase $__ShimRequest.Kind
    if ($null -eq $__ShimRequest.Body) {
        throw "No test script block is provided for $($__ShimRequest.Kind) '$($__ShimRequest.Name)'. (Have you put the open curly brace on the next line?)"
    }

    $__ShimParent = $global:__ShimState.CurrentBlock
    $__ShimSkipReason = if ($__ShimRequest.Skip) { "$($__ShimRequest.Kind) '$($__ShimRequest.Name)' has -Skip" } else { $__ShimParent.SkipReason }
    $__ShimDataItems = Get-ShimDataItem $__ShimRequest.Kind $__ShimRequest.HasForEach $__ShimRequest.ForEach $__ShimRequest.AllowNullOrEmptyForEach

    foreach ($__ShimDataItem in $__ShimDataItems) {
        $__ShimBlock = New-ShimBlock -Name (Expand-ShimName $__ShimRequest.Name $__ShimDataItem $__ShimParent) -Kind $__ShimRequest.Kind `
            -Parent $__ShimParent -Body $__ShimRequest.Body -DataItem $__ShimDataItem -SkipReason $__ShimSkipReason -Line $__ShimRequest.Line
        $__ShimParent.Children.Add($__ShimBlock)
        $global:__ShimState.CurrentBlock = $__ShimBlock
        try {
            Invoke-ShimBlockDiscovery $__ShimBlock
        }
        finally {
            $global:__ShimState.CurrentBlock = $__ShimParent
        }
    }
}

function Invoke-ShimBlockDiscovery {
    param($__ShimBlock)

    . Set-ShimDataVariable $__ShimBlock.DataItem
    if ($__ShimBlock.DataItem.HasData) { $_ = $__ShimBlock.DataItem.Data }
    do { $null = . $__ShimBlock.Body } until ($true)
}

function It {
    [CmdletBinding(DefaultParameterSetName = 'Normal')]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [scriptblock] $Test,
        [Alias('TestCases')] [object[]] $ForEach,
        [string[]] $Tag,
        [Parameter(ParameterSetName = 'Pending')] [switch] $Pending,
        [Parameter(ParameterSetName = 'Skip')] [switch] $Skip,
        [switch] $AllowNullOrEmptyForEach
    )

    Assert-ShimDiscoveryPhase 'It'
    if ($null -eq $Test) {
        throw "No test scriptblock is provided for It '$Name'. Did you put the opening curly brace on the next line?"
    }

    $block = $global:__ShimState.CurrentBlock
    $skipReason = if ($Skip) { 'It has -Skip' } elseif ($Pending) { 'It is -Pending' } else { $block.SkipReason }
    foreach ($dataItem in (Get-ShimDataItem 'It' $PSBoundParameters.ContainsKey('ForEach') $ForEach $AllowNullOrEmptyForEach)) {
        $newTest = New-ShimTest -Name (Expand-ShimName $Name $dataItem $block) -Block $block -Body $Test -DataItem $dataItem `
            -SkipReason $skipReason -Line $MyInvocation.ScriptLineNumber
        $block.Children.Add($newTest)
        $global:__ShimState.Tests.Add($newTest)
    }
}

function BeforeAll { param([Parameter(Mandatory = $true, Position = 0)] [scriptblock] $Scriptblock) Set-ShimSetupBlock 'BeforeAll' $Scriptblock }
function BeforeEach { param([Parameter(Mandatory = $true, Position = 0)] [scriptblock] $Scriptblock) Set-ShimSetupBlock 'BeforeEach' $Scriptblock }
function AfterEach { param([Parameter(Mandatory = $true, Position = 0)] [scriptblock] $Scriptblock) Set-ShimSetupBlock 'AfterEach' $Scriptblock }
function AfterAll { param([Parameter(Mandatory = $true, Position = 0)] [scriptblock] $Scriptblock) Set-ShimSetupBlock 'AfterAll' $Scriptblock }

function Set-ShimSetupBlock ([string] $Kind, [scriptblock] $ScriptBlock) {
    # Pester records setup blocks during discovery only and ignores them when met while running.
    if ($global:__ShimState.Phase -ne 'Discovery') { return }

    $block = $global:__ShimState.CurrentBlock
    if ($null -ne $block.$Kind) {
        throw "$Kind is already defined in this block. Each block can only have one $Kind. Combine the code into a single $Kind block."
    }
    $block.$Kind = $ScriptBlock
}

function BeforeDiscovery {
    param([Parameter(Mandatory = $true, Position = 0)] [scriptblock] $ScriptBlock)

    $__ShimBody = $ScriptBlock
    . Hide-ShimParameterVariable $MyInvocation.MyCommand
    do { $null = . $__ShimBody } until ($true)

    # Pester dot-sources this block into the test file's scope. It ran in this function's scope here, so its
    # variables are copied to the script scope, where the file's Describe bodies look for them.
    foreach ($__ShimVariableName in (Get-ShimAssignedVariableName $__ShimBody)) {
        $__ShimValue = $ExecutionContext.SessionState.PSVariable.GetValue($__ShimVariableName)
        $ExecutionContext.SessionState.PSVariable.Set("script:$__ShimVariableName", $__ShimValue)
    }
}

#endregion

#region -ForEach data and name templates

function Get-ShimDataItem {
    # One item per -ForEach element, or a single data-less item when -ForEach was not given.
    param([string] $CommandName, [bool] $HasForEach, [object[]] $ForEach, [bool] $AllowNullOrEmptyForEach)

    if (-not $HasForEach) {
        return , @(New-ShimDataItem)
    }
    if ($null -eq $ForEach -or $ForEach.Count -eq 0) {
        if ($AllowNullOrEmptyForEach) { return , @() }
        throw [System.ArgumentException]::new(
            "Value can not be null or empty array. If this is expected, use -AllowNullOrEmptyForEach ($CommandName).", 'ForEach')
    }
    , @(foreach ($element in $ForEach) { New-ShimDataItem -Data $element })
}

function New-ShimDataItem {
    param($Data)
    [pscustomobject]@{ HasData = $PSBoundParameters.ContainsKey('Data'); Data = $Data }
}

function Set-ShimDataVariable {
    # Dot-source this: defines one variable per key of dictionary -ForEach data in the caller's scope. The
    # caller assigns $_ itself: PowerShell keeps $_ in a slot of each function's own frame, which only a direct
    # assignment in that function reaches.
    param($__ShimDataItem)

    if ($__ShimDataItem.Data -is [System.Collections.IDictionary]) {
        foreach ($__ShimKey in $__ShimDataItem.Data.Keys) {
            $ExecutionContext.SessionState.PSVariable.Set([string] $__ShimKey, $__ShimDataItem.Data[$__ShimKey])
        }
    }
}

function Expand-ShimName ([string] $Template, $DataItem, $Parent) {
    # '<name>' takes the value of the data key 'name', '<_>' the data item itself and '<user.Name>' a property.
    # The item's own -ForEach data comes first, then that of the enclosing blocks, innermost first.
    $dataItems = @($DataItem) + @(for ($block = $Parent; $null -ne $block; $block = $block.Parent) { $block.DataItem })
    $Template -replace '<(\w+(?:\.\w+)*)>', { Resolve-ShimNameToken -Match $_ -DataItems $dataItems }
}

function Resolve-ShimNameToken ([System.Text.RegularExpressions.Match] $Match, [object[]] $DataItems) {
    $parts = $Match.Groups[1].Value.Split('.')
    foreach ($dataItem in $DataItems) {
        if (-not $dataItem.HasData) { continue }
        if ($parts[0] -eq '_') {
            $value = $dataItem.Data
        }
        elseif ($dataItem.Data -is [System.Collections.IDictionary] -and $dataItem.Data.Keys -contains $parts[0]) {
            $value = $dataItem.Data[$parts[0]]
        }
        else {
            continue
        }
        for ($index = 1; $index -lt $parts.Count; $index++) {
            $value = Get-ShimMemberValue $value $parts[$index]
        }
        return "$value"
    }
    $Match.Value
}

function Get-ShimMemberValue ($InputObject, [string] $Name) {
    if ($null -eq $InputObject) { return $null }
    if ($InputObject -is [System.Collections.IDictionary]) { return $InputObject[$Name] }
    $property = $InputObject.PSObject.Properties[$Name]
    if ($null -eq $property) { return $null }
    $property.Value
}

function Get-ShimAssignedVariableName ([scriptblock] $ScriptBlock) {
    # Names of the variables a scriptblock assigns in its own scope (not in nested scriptblocks).
    $isAssignment = { param($node) $node -is [System.Management.Automation.Language.AssignmentStatementAst] }
    foreach ($assignment in $ScriptBlock.Ast.FindAll($isAssignment, $false)) {
        $target = $assignment.Left
        if ($target -is [System.Management.Automation.Language.ConvertExpressionAst]) { $target = $target.Child }
        if ($target -is [System.Management.Automation.Language.VariableExpressionAst] -and
            ($target.VariablePath.IsUnqualified -or $target.VariablePath.IsLocal)) {
            $target.VariablePath.UserPath -replace '^local:'
        }
    }
}

#endregion
