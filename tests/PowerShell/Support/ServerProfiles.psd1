# The SCIM servers the user and sync suites run against: Start-SoSandbox parameters for each, and what a client can
# get from it. A suite that declares param([string] $ServerProfile) runs once per profile (or once per profile its
# ValidateSet names); tests/Invoke-PesterTests.ps1 makes the runs, Support/ServerProfile.ps1 starts the sandbox.
@{
    Profiles = @(
        @{
            Name = 'Honest'
            Parameters = @{}
            ListsWhole = $true
        }
        @{
            # Every page is the first 20 matches, startIndex 1, totalResults right.
            Name = 'IgnoresStartIndexAndCount'
            Parameters = @{ ScimPaging = 'IgnoresStartIndexAndCount' }
            ListsWhole = $false
        }
        @{
            # startIndex ignored, totalResults is what it returned.
            Name = 'TotalIsReturnedCount'
            Parameters = @{ ScimPaging = 'TotalIsReturnedCount' }
            ListsWhole = $false
        }
        @{
            # Fewer than asked and than maxResults promises, honestly paged.
            Name = 'CountCapped'
            Parameters = @{ ScimCountCap = 7 }
            ListsWhole = $true
        }
        @{
            # RFC 9865 cursors on a server whose index paging alone would list 20.
            Name = 'Cursors'
            Parameters = @{ ScimPaging = 'IgnoresStartIndexAndCount'; ScimCursorPaging = $true }
            ListsWhole = $true
        }
        @{
            # As a reference implementation many vendors build on: startIndex ignored and totalResults what it
            # returned, no 'or', Groups filtered on displayName only, 'eq' alone, PATCH answered 204, DELETE of a
            # missing id 204, errors as problem+json, userName unique only as written.
            Name = 'ReferenceImplementation'
            Parameters = @{
                ScimPaging = 'TotalIsReturnedCount'; ScimNoOrFilters = $true; ScimGroupFilterAttributes = 'displayName'
                ScimFilterOperators = 'eq'; ScimPatchNoContent = $true; ScimDeleteMissingNoContent = $true
                ScimProblemJsonErrors = $true; ScimCaseSensitiveUserNames = $true
            }
            ListsWhole = $false
        }
    )
}
