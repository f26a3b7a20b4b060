# Bad Connect-SoTenant invocations: a terminating error with the id, and the current connection left as it was.
@(
    @{ Name = 'plain http to a remote host'; ErrorId = 'InsecureEndpoint'; Arguments = @{ ScimUrl = 'http://scim.example/scim/v2/' } }
    @{ Name = 'an ftp URL'; ErrorId = 'InsecureEndpoint'; Arguments = @{ ScimUrl = 'ftp://scim.example/scim/v2/' } }
    @{ Name = 'plain http to a private address'; ErrorId = 'InsecureEndpoint'; Arguments = @{ ScimUrl = 'http://10.1.2.3/scim/v2/' } }
    @{ Name = 'a relative URL'; ErrorId = 'InvalidEndpoint'; Arguments = @{ ScimUrl = 'scim/v2/' } }
    @{ Name = 'a thumbprint that is not SHA-256 hex'; ErrorId = 'ParameterArgumentValidationError*'; Arguments = @{ ScimUrl = 'https://scim.example/scim/v2/'; CertificateThumbprint = 'ABC123' } }
    @{ Name = 'a WebAPI URL that names no tenant'; ErrorId = 'ContextIdentifierMissing'; Arguments = @{ WebApiUrl = 'https://online.superoffice.com/api/' } }
    @{ Name = 'a malformed context identifier'; ErrorId = 'ParameterArgumentValidationError*'; Arguments = @{ WebApiUrl = 'https://online.superoffice.com/Cust1/api/'; ContextIdentifier = 'Cust 12345' } }
    @{ Name = 'an unknown environment'; ErrorId = 'ParameterArgumentValidationError*'; Arguments = @{ ClientId = 'app'; ContextIdentifier = 'Cust12345'; Environment = 'production' } }
    @{ Name = 'an empty client id'; ErrorId = 'ParameterArgumentValidationError*'; Arguments = @{ ClientId = ''; ContextIdentifier = 'Cust12345' } }
    @{ Name = 'an empty SCIM token'; ErrorId = 'InvalidConnectionParameter'; Arguments = @{ ScimUrl = 'https://scim.example/scim/v2/'; ScimToken = [System.Security.SecureString]::new() } }
)
