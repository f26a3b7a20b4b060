<#
    A Pester 5 compatible subset for hosts that cannot load Pester itself: Describe, Context, It,
    BeforeDiscovery, BeforeAll, BeforeEach, AfterEach, AfterAll and Should.

    As in Pester 5 a test file is handled in two phases. Discovery runs the file, which runs the Describe and
    Context bodies and records blocks, setup scriptblocks and tests (It bodies and setups do not run). The run
    phase then runs the recorded tree in these scopes:

        block scope    -ForEach data of the Describe/Context, its BeforeAll, nested blocks and tests, its AfterAll
        test scope     -ForEach data of the It, every BeforeEach from the outermost block in, the It body,
                       every AfterEach from the innermost block out

    The scopes are ordinary PowerShell scopes, made by calling one function per block and per test, and each
    setup or test scriptblock is dot-sourced into its scope. That is why this file is dot-sourced into the
    session state that runs the test file instead of being imported as a module: the test file's scriptblocks
    then run in the session state they were written in.

    PowerShell scoping is dynamic, so whatever a shim function keeps in its own scope is visible to the test
    code it runs. Two rules follow: every variable of a function that runs test code starts with '__Shim', and
    public commands hide their parameter variables ($Name, $ExpectedValue, ...) before running test code.

    Nothing at the top level of these files may assign a variable: it would be a global one, visible to tests.

    Entry point: Invoke-ShimTestFile -__ShimPath <file> -__ShimMode Discovery|Run returns the state object
    below; the caller reads .Tests (each with Ordinal, Path, Outcome, SkipReason and Failures) and
    .DiscoveryError. This file holds the entry point and the run phase; PesterShim.Discovery.ps1 the commands
    a test file calls while it is discovered, PesterShim.Should.ps1 and PesterShim.Assertions.ps1 Should.
#>

#region Entry point and state

function Invoke-ShimTestFile {
    param(
        [Parameter(Mandatory = $true)] [string] $__ShimPath,
        [ValidateSet('Discovery', 'Run')] [string] $__ShimMode = 'Run'
    )

    $global:__ShimState = [pscustomobject]@{
        Path           = $__ShimPath
        Phase          = 'Discovery'
        Root           = New-ShimBlock -Name ([System.IO.Path]::GetFileName($__ShimPath)) -Kind 'File' -DataItem (New-ShimDataItem)
        CurrentBlock   = $null
        Tests          = [System.Collections.Generic.List[object]]::new()
        DiscoveryError = $null
    }
    $global:__ShimState.CurrentBlock = $global:__ShimState.Root

    try {
        # Run as a script file (not a scriptblock) so that $PSScriptRoot and $PSCommandPath are set.
        $null = & $__ShimPath
    }
    catch {
        $global:__ShimState.DiscoveryError = $_
        return $global:__ShimState
    }

    if ($__ShimMode -eq 'Run') {
        $global:__ShimState.Phase = 'Run'
        Invoke-ShimBlock $global:__ShimState.Root
    }
    $global:__ShimState
}

function New-ShimBlock {
    param([string] $Name, [string] $Kind, $Parent, [scriptblock] $Body, $DataItem, [string] $SkipReason, [int] $Line)

    $path = if ($null -eq $Parent) { @() } else { @($Parent.Path) + $Name }
    [pscustomobject]@{
        Kind       = $Kind
        Name       = $Name
        Path       = $path
        Parent     = $Parent
        Body       = $Body
        DataItem   = $DataItem
        SkipReason = $SkipReason
        Line       = $Line
        BeforeAll  = $null
        BeforeEach = $null
        AfterEach  = $null
        AfterAll   = $null
        Children   = [System.Collections.Generic.List[object]]::new()
    }
}

function New-ShimTest {
    param([string] $Name, $Block, [scriptblock] $Body, $DataItem, [string] $SkipReason, [int] $Line)

    [pscustomobject]@{
        Kind       = 'It'
        Ordinal    = $global:__ShimState.Tests.Count
        Name       = $Name
        Path       = @($Block.Path) + $Name
        Block      = $Block
        Body       = $Body
        DataItem   = $DataItem
        SkipReason = $SkipReason
        Line       = $Line
        Outcome    = 'NotRun'
        Failures   = [System.Collections.Generic.List[object]]::new()
    }
}

function Assert-ShimDiscoveryPhase ([string] $CommandName) {
    if ($global:__ShimState.Phase -ne 'Discovery') {
        throw "$CommandName can only be used in a Describe or Context body or at the top of a test file, not inside It or a setup block."
    }
}

function Hide-ShimParameterVariable {
    # Dot-source this from a public command before it runs test code: the command's parameter variables would
    # otherwise shadow the test's own variables of the same names. Dot-sourcing also keeps the caller's scope
    # unoptimized, which is what makes its parameter variables removable.
    param([System.Management.Automation.CommandInfo] $__ShimCommand)

    foreach ($__ShimParameterName in $__ShimCommand.Parameters.Keys) {
        # Remove() would otherwise go looking in parent scopes and delete the test's variable instead.
        if ($null -ne $ExecutionContext.SessionState.PSVariable.Get("local:$__ShimParameterName")) {
            $ExecutionContext.SessionState.PSVariable.Remove("local:$__ShimParameterName")
        }
    }
}

#endregion

#region Run phase

function Invoke-ShimBlock {
    param($__ShimBlock)

    if (-not (Test-ShimBlockHasRunnableTest $__ShimBlock)) {
        Set-ShimOutcomeSkipped $__ShimBlock
        return
    }

    . Set-ShimDataVariable $__ShimBlock.DataItem
    if ($__ShimBlock.DataItem.HasData) { $_ = $__ShimBlock.DataItem.Data }
    $__ShimSetUp = $true
    if ($null -ne $__ShimBlock.BeforeAll) {
        try {
            do { $null = . $__ShimBlock.BeforeAll } until ($true)
        }
        catch {
            $__ShimSetUp = $false
            Add-ShimBlockFailure $__ShimBlock 'BeforeAll' $_
        }
    }

    if ($__ShimSetUp) {
        foreach ($__ShimChild in $__ShimBlock.Children) {
            if ($__ShimChild.Kind -eq 'It') { Invoke-ShimTest $__ShimChild } else { Invoke-ShimBlock $__ShimChild }
        }
    }

    if ($null -ne $__ShimBlock.AfterAll) {
        try {
            do { $null = . $__ShimBlock.AfterAll } until ($true)
        }
        catch {
            Add-ShimBlockFailure $__ShimBlock 'AfterAll' $_
        }
    }
}

function Invoke-ShimTest {
    param($__ShimTest)

    if ($__ShimTest.SkipReason) {
        $__ShimTest.Outcome = 'Skipped'
        return
    }

    . Set-ShimDataVariable $__ShimTest.DataItem
    if ($__ShimTest.DataItem.HasData) { $_ = $__ShimTest.DataItem.Data }
    $__ShimBlocks = Get-ShimBlockChain $__ShimTest.Block
    $__ShimStep = 'BeforeEach'
    try {
        foreach ($__ShimOuterBlock in $__ShimBlocks) {
            if ($null -ne $__ShimOuterBlock.BeforeEach) {
                do { $null = . $__ShimOuterBlock.BeforeEach } until ($true)
            }
        }
        $__ShimStep = 'It'
        do { $null = . $__ShimTest.Body } until ($true)
    }
    catch {
        Add-ShimTestFailure $__ShimTest $__ShimStep $null $_
    }

    for ($__ShimIndex = $__ShimBlocks.Count - 1; $__ShimIndex -ge 0; $__ShimIndex--) {
        if ($null -ne $__ShimBlocks[$__ShimIndex].AfterEach) {
            try {
                do { $null = . $__ShimBlocks[$__ShimIndex].AfterEach } until ($true)
            }
            catch {
                Add-ShimTestFailure $__ShimTest 'AfterEach' $null $_
            }
        }
    }

    $__ShimTest.Outcome = if ($__ShimTest.Failures.Count -eq 0) { 'Passed' } else { 'Failed' }
}

function Get-ShimBlockChain ($Block) {
    # The block and its ancestors, outermost first.
    $chain = [System.Collections.Generic.List[object]]::new()
    for ($current = $Block; $null -ne $current; $current = $current.Parent) { $chain.Insert(0, $current) }
    , $chain
}

function Get-ShimTestInBlock ($Block) {
    foreach ($child in $Block.Children) {
        if ($child.Kind -eq 'It') { $child } else { Get-ShimTestInBlock $child }
    }
}

function Test-ShimBlockHasRunnableTest ($Block) {
    foreach ($test in (Get-ShimTestInBlock $Block)) {
        if (-not $test.SkipReason) { return $true }
    }
    $false
}

function Set-ShimOutcomeSkipped ($Block) {
    foreach ($test in (Get-ShimTestInBlock $Block)) { $test.Outcome = 'Skipped' }
}

function Add-ShimBlockFailure ($Block, [string] $Step, [System.Management.Automation.ErrorRecord] $ErrorRecord) {
    # A failed BeforeAll fails every test of the block; a failed AfterAll is reported on each of them too.
    foreach ($test in (Get-ShimTestInBlock $Block)) {
        if ($test.Outcome -eq 'Skipped' -or $test.SkipReason) { continue }
        Add-ShimTestFailure $test $Step $Block $ErrorRecord
        $test.Outcome = 'Failed'
    }
}

function Add-ShimTestFailure ($Test, [string] $Step, $Block, [System.Management.Automation.ErrorRecord] $ErrorRecord) {
    $blockName = if ($null -eq $Block) { $null } elseif ($Block.Kind -eq 'File') { 'the test file' } else { "$($Block.Kind) '$($Block.Name)'" }
    $Test.Failures.Add([pscustomobject]@{ Step = $Step; BlockName = $blockName; ErrorRecord = $ErrorRecord })
}

#endregion

. ([System.IO.Path]::Combine($PSScriptRoot, 'PesterShim.Discovery.ps1'))
. ([System.IO.Path]::Combine($PSScriptRoot, 'PesterShim.Should.ps1'))
. ([System.IO.Path]::Combine($PSScriptRoot, 'PesterShim.Assertions.ps1'))
