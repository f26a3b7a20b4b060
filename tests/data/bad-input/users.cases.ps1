# Bad user records for New-SoUser, each with the error id it must get. Every record is piped between two valid
# ones; the valid ones must be created and nothing written for the bad one.
$long = { param($n) 'x' * $n }
@(
    @{ Name = 'no user name at all'; ErrorId = 'UserNameMissing'; Record = @{ GivenName = 'Nobody' } }
    @{ Name = 'an empty user name'; ErrorId = 'UserNameMissing'; Record = @{ UserPrincipalName = '' } }
    @{ Name = 'a blank user name'; ErrorId = 'UserNameMissing'; Record = @{ UserPrincipalName = '   ' } }
    @{ Name = 'a user name without @'; ErrorId = 'UserNameInvalid'; Record = @{ UserPrincipalName = 'jane.doe' } }
    @{ Name = 'a user name with two @'; ErrorId = 'UserNameInvalid'; Record = @{ UserPrincipalName = 'jane@doe@contoso.example' } }
    @{ Name = 'a user name with a space'; ErrorId = 'UserNameInvalid'; Record = @{ UserPrincipalName = 'jane doe@contoso.example' } }
    @{ Name = 'a user name without a domain suffix'; ErrorId = 'UserNameInvalid'; Record = @{ UserPrincipalName = 'jane@localhost' } }
    @{ Name = 'a user name that is too long'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = ((& $long 250) + '@contoso.example') } }
    @{ Name = 'a tab in the given name'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'tab@contoso.example'; GivenName = "Ja`tne" } }
    @{ Name = 'a newline in the surname'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'newline@contoso.example'; Surname = "Doe`nSmith" } }
    @{ Name = 'a NUL in the display name'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'nul@contoso.example'; DisplayName = "Jane`0Doe" } }
    @{ Name = 'an escape in the job title'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'esc@contoso.example'; JobTitle = "Boss$([char]27)[31m" } }
    @{ Name = 'a bell in the department'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'bell@contoso.example'; Department = "Sales$([char]7)" } }
    @{ Name = 'a C1 control in the employee id'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = 'c1@contoso.example'; EmployeeId = "E$([char]0x85)1" } }
    @{ Name = 'a control character in the user name'; ErrorId = 'ControlCharacters'; Record = @{ UserPrincipalName = "ja$([char]1)ne@contoso.example" } }
    @{ Name = 'a given name over 64 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longgiven@contoso.example'; GivenName = (& $long 65) } }
    @{ Name = 'a surname over 64 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longsurname@contoso.example'; Surname = (& $long 65) } }
    @{ Name = 'a display name over 256 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longdisplay@contoso.example'; DisplayName = (& $long 257) } }
    @{ Name = 'a job title over 128 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longtitle@contoso.example'; JobTitle = (& $long 129) } }
    @{ Name = 'a department over 64 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longdept@contoso.example'; Department = (& $long 65) } }
    @{ Name = 'a mobile phone over 64 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longmobile@contoso.example'; MobilePhone = (& $long 65) } }
    @{ Name = 'an external id over 128 characters'; ErrorId = 'ValueTooLong'; Record = @{ UserPrincipalName = 'longid@contoso.example'; Id = (& $long 129) } }
    @{ Name = 'a hashtable as the given name'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'hash@contoso.example'; GivenName = @{ first = 'Jane' } } }
    @{ Name = 'a list as the department'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'list@contoso.example'; Department = @('Sales', 'Support') } }
    @{ Name = 'a script block as the job title'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'script@contoso.example'; JobTitle = { 'Boss' } } }
    @{ Name = 'a hashtable among the business phones'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'phones@contoso.example'; BusinessPhones = @(@{ number = '1' }) } }
    @{ Name = 'a boolean as the user name'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = $true } }
    @{ Name = 'AccountEnabled that is neither true nor false'; ErrorId = 'InvalidValue'; Record = @{ UserPrincipalName = 'maybe@contoso.example'; AccountEnabled = 'maybe' } }
    @{ Name = 'AccountEnabled as the number 2'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'two@contoso.example'; AccountEnabled = 2 } }
    @{ Name = 'AccountEnabled as a date'; ErrorId = 'WrongType'; Record = @{ UserPrincipalName = 'date@contoso.example'; AccountEnabled = [datetime]'2026-01-01' } }
    @{ Name = 'a mail address without @'; ErrorId = 'InvalidValue'; Record = @{ UserPrincipalName = 'mail1@contoso.example'; Mail = 'jane.contoso.example' } }
    @{ Name = 'a mail address without a domain suffix'; ErrorId = 'InvalidValue'; Record = @{ UserPrincipalName = 'mail2@contoso.example'; Mail = 'jane@contoso' } }
    @{ Name = 'a preferred language that is not a tag'; ErrorId = 'InvalidValue'; Record = @{ UserPrincipalName = 'lang1@contoso.example'; PreferredLanguage = 'Norwegian please' } }
    @{ Name = 'a one-letter preferred language'; ErrorId = 'InvalidValue'; Record = @{ UserPrincipalName = 'lang2@contoso.example'; PreferredLanguage = 'n' } }
    @{ Name = 'a right-to-left override in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "admin$([char]0x202E)@contoso.example" } }
    @{ Name = 'a left-to-right isolate in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "ad$([char]0x2066)min@contoso.example" } }
    @{ Name = 'a right-to-left mark in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "admin@contoso$([char]0x200F).example" } }
    @{ Name = 'an Arabic letter mark in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "admin$([char]0x061C)@contoso.example" } }
    @{ Name = 'a zero-width space in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "ad$([char]0x200B)min@contoso.example" } }
    @{ Name = 'a word joiner in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "admin$([char]0x2060)@contoso.example" } }
    @{ Name = 'a local part made only of zero-width joiners'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "$([char]0x200D)$([char]0x200D)@contoso.example" } }
    @{ Name = 'a byte order mark before the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "$([char]0xFEFF)admin@contoso.example" } }
    @{ Name = 'a lone surrogate in the user name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = "admin$([char]0xD800)@contoso.example" } }
    @{ Name = 'a zero-width space in the mail address'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = 'zwsp.mail@contoso.example'; Mail = "zwsp$([char]0x200B).mail@contoso.example" } }
    @{ Name = 'a lone surrogate in the display name'; ErrorId = 'InvalidCharacters'; Record = @{ UserPrincipalName = 'surrogate.name@contoso.example'; DisplayName = "Jane $([char]0xDC00)" } }
)
