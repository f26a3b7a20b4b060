# Bad members for Sync-SoGroup: the member is refused with the error id, and nothing is written for it.
@(
    @{ Name = 'a member without a user name'; ErrorId = 'UserNameMissing'; Member = @{ Id = 'no-upn'; GivenName = 'Nobody' } }
    @{ Name = 'a directory object whose user name is malformed'; ErrorId = 'UserNameInvalid'; Member = @{ Id = 'bad-upn'; AdditionalProperties = @{ '@odata.type' = '#microsoft.graph.user'; userPrincipalName = 'not an address' } } }
    @{ Name = 'a member with a control character'; ErrorId = 'ControlCharacters'; Member = @{ UserPrincipalName = 'ctrl.member@contoso.example'; Surname = "Do`re" } }
    @{ Name = 'a member with an over-long title'; ErrorId = 'ValueTooLong'; Member = @{ UserPrincipalName = 'long.member@contoso.example'; JobTitle = ('x' * 129) } }
    @{ Name = 'a member with AccountEnabled text that is not a boolean'; ErrorId = 'InvalidValue'; Member = @{ UserPrincipalName = 'flag.member@contoso.example'; AccountEnabled = 'sometimes' } }
    @{ Name = 'a member with a hashtable as department'; ErrorId = 'WrongType'; Member = @{ UserPrincipalName = 'type.member@contoso.example'; Department = @{ name = 'Sales' } } }
    @{ Name = 'a member whose user name hides a zero-width space'; ErrorId = 'InvalidCharacters'; Member = @{ UserPrincipalName = "zwsp$([char]0x200B).member@contoso.example" } }
    @{ Name = 'a member whose user name holds a right-to-left override'; ErrorId = 'InvalidCharacters'; Member = @{ UserPrincipalName = "rlo.member$([char]0x202E)@contoso.example" } }
)
