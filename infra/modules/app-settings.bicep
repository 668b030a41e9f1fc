// Every app setting of the Function App, in one place. Keys are the exact environment names Vigor reads
// (shared/config.py); tests/unit/test_settings_declared.py checks this block against `setting_names()` and
// local.settings.sample.json, so a new setting must be added here, in the sample file, or be listed there
// with a reason. Secrets are Key Vault references, resolved by the platform with the app's identity;
// connections are identity-based, so no key or connection string appears here.
//
// Every identity-based connection names the user-assigned identity's client id: with only a user-assigned
// identity on the site, a credential without one finds no identity to use.
param functionAppName string
@description('Client id of the Function App\'s user-assigned identity (identity.bicep).')
param identityClientId string
param storageAccountName string
param cosmosEndpoint string
param cosmosDatabase string
param keyVaultName string
param keyVaultUri string
param jwtSecretName string
param totpSecretName string
param appInsightsConnectionString string
@description('https origin of the Static Web App, which fronts the API (/api) for the browser.')
param publicOrigin string
param microsoftClientId string
param microsoftAuthority string
param adminIdentities string

@description('https endpoint of an Azure AI Content Safety resource for the coach\'s second opinion; empty turns it off.')
param contentSafetyEndpoint string = ''

@description('https endpoint of the Azure Communication Services resource that sends account email (managed identity).')
param acsEmailEndpoint string = ''

@description('The verified sender address of the Communication Services email domain.')
param emailFrom string = 'DoNotReply@vigor.example'

@description('Key Vault secret holding the Entra app registration client secret (docs/deploy.md).')
param microsoftClientSecretName string = 'microsoft-client-secret'

@description('Web Push on: the operator has put the VAPID private key in Key Vault as `vapid-private-key` (docs/deploy.md).')
param webPush bool = false

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// A Key Vault reference is the text `@Microsoft.KeyVault(VaultName=<vault>;SecretName=<secret>)`.
var kvRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  //checkov:skip=CKV_AZURE_13: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_63: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_65: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_66: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_80: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_88: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  //checkov:skip=CKV_AZURE_222: this resource is the appsettings key/value list; checkov reads it as a site 'web' config. The site's own settings are in function-app.bicep
  parent: site
  name: 'appsettings'
  properties: {
    // Functions host on a Dedicated Linux plan: runtime, and a remote (Oryx) build of requirements.txt on deploy.
    FUNCTIONS_EXTENSION_VERSION: '~4'
    FUNCTIONS_WORKER_RUNTIME: 'python'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    ENABLE_ORYX_BUILD: 'true'
    // The Python 3.11 worker turns HTTP streams on (functions/http_streams.py: the coach's answer streams) only with it.
    PYTHON_ENABLE_INIT_INDEXING: '1'
    // The Azure SDK credentials (DefaultAzureCredential, and telemetry's ManagedIdentityCredential through
    // shared/config.py) use this identity.
    AZURE_CLIENT_ID: identityClientId
    // Functions host: identity-based storage connection (blob leases, queue triggers, table diagnostic events).
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    // Telemetry: Entra-authenticated ingestion (local auth is off on the Application Insights resource).
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
    // Vigor
    VIGOR_ENV: 'production'
    VIGOR_LOG_LEVEL: 'INFO'
    VIGOR_MAX_BODY_BYTES: '262144'
    COSMOS_ENDPOINT: cosmosEndpoint
    COSMOS_DATABASE: cosmosDatabase
    COSMOS_VERIFY_TLS: 'true'
    KEY_VAULT_URL: keyVaultUri
    // Optional second opinion on coach text (shared/safety/content_safety.py): the resource's endpoint, and
    // empty key reference so the app's managed identity is used (grant it Cognitive Services User).
    CONTENT_SAFETY_ENDPOINT: contentSafetyEndpoint
    CONTENT_SAFETY_KEY_REF: ''
    CONTENT_SAFETY_TIMEOUT_S: '2.0'
    JWT_SIGNING_KEY: '${kvRef}${jwtSecretName})'
    TOTP_ENCRYPTION_KEYS: '${kvRef}${totpSecretName})'
    JWT_ISSUER: 'vigor'
    JWT_AUDIENCE: 'vigor-api'
    // Behind the Static Web App every browser request is HTTPS: the session cookies carry the __Host- prefix.
    VIGOR_HOST_COOKIES: 'on'
    ACCESS_TOKEN_MINUTES: '15'
    REFRESH_TOKEN_DAYS: '30'
    REFRESH_REUSE_GRACE_S: '30'
    ADMIN_IDENTITIES: adminIdentities
    AUTH_RATE_LIMIT_PER_IP: '30'
    LOGIN_FREE_FAILURES: '5'
    LOGIN_FREE_FAILURES_PER_IP: '20'
    LOGIN_FREE_FAILURES_PER_ACCOUNT: '20'
    LOGIN_MAX_DELAY_S: '900'
    // Account email (shared/email): Azure Communication Services with the app's identity; links go to the web app.
    PUBLIC_URL: publicOrigin
    EMAIL_FROM: emailFrom
    ACS_EMAIL_ENDPOINT: acsEmailEndpoint
    ACS_EMAIL_KEY_REF: ''
    EMAIL_TIMEOUT_S: '10.0'
    RESET_LINK_MINUTES: '30'
    TWO_FACTOR_RECOVERY_HOURS: '72'
    EMAIL_VERIFY_HOURS: '48'
    ADMIN_TWO_FACTOR: 'true'
    MINIMUM_AGE: '16'
    COACH_HISTORY_DAYS: '365'
    INACTIVE_ACCOUNT_YEARS: '3'
    INACTIVE_WARNING_DAYS: '30'
    MICROSOFT_CLIENT_ID: microsoftClientId
    // Referenced only once sign-in is configured: an unresolvable reference would reach the app as text.
    MICROSOFT_CLIENT_SECRET: empty(microsoftClientId) ? '' : '${kvRef}${microsoftClientSecretName})'
    MICROSOFT_AUTHORITY: microsoftAuthority
    // Web Push (shared/notifications): referenced only once the operator has stored the key, like the client secret.
    VAPID_PRIVATE_KEY: webPush ? '${kvRef}vapid-private-key)' : ''
    VAPID_SUBJECT: publicOrigin // RFC 8292 contact: the web app's https origin
    // The public calendar feed (shared/calendar): requests per feed per minute, weeks shown.
    CALENDAR_FEED_PER_MINUTE: '30'
    CALENDAR_FEED_WEEKS: '6'
    MICROSOFT_REDIRECT_URI: '${publicOrigin}/api/auth/microsoft/callback'
    LLM_MAX_ATTEMPTS: '2'
    LLM_BACKOFF_BASE_S: '0.5'
    LLM_BACKOFF_CAP_S: '8'
    LLM_FIRST_TOKEN_TIMEOUT_S: '8'
    // Paid providers' share of a chat or analysis request: under the Static Web App's ~45 s backend cut.
    LLM_REQUEST_DEADLINE_S: '30'
    LLM_CACHE_TTL_S: '3600'
    LLM_RESERVE_USD: '0.02'
    LLM_DEFER_ACCOUNTING: 'true'
    LLM_BREAKER_FAILURES: '3'
    LLM_BREAKER_FAILURE_RATE: '0.5'
    LLM_BREAKER_MIN_CALLS: '10'
    LLM_BREAKER_WINDOW_S: '60'
    LLM_BREAKER_COOLDOWN_S: '30'
  }
}
