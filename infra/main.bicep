// Vigor on Azure: one resource group per environment, everything reached through managed identity.
// `azd up` fills the parameters from infra/main.parameters.json; `az deployment sub create` can use
// infra/parameters/<env>.bicepparam instead. See docs/deploy.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Environment name (azd: AZURE_ENV_NAME). Names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource except the Static Web App.')
param location string

@allowed(['dev', 'prod'])
@description('Profile for sizes, retention and safety switches.')
param environmentType string = 'dev'

@description('Region of the Static Web App (offered in few regions; it serves static files globally anyway).')
@allowed(['westus2', 'centralus', 'eastus2', 'westeurope', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = environmentType == 'prod' ? 90 : 30

@description('App Service plan of the Function App (Dedicated: a Static Web App can link it; docs/decisions.md).')
@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3'])
param functionPlanSku string = environmentType == 'prod' ? 'P0v3' : 'B1'

@description('Instances of that plan (each runs the API and the queue triggers).')
@minValue(1)
@maxValue(10)
param functionInstanceCount int = 1

@description('Monthly cost budget for the resource group in the billing currency (0: no budget).')
@minValue(0)
param monthlyBudget int = environmentType == 'prod' ? 200 : 30

@description('Where budget and health alerts go (empty: alerts are created without a notification).')
param alertEmail string = ''

// Azure refuses to change a budget's start date, so it is pinned once per environment (azd: the preprovision
// hook scripts/azd-preprovision reads it from the existing budget, else this month), never computed by the template.
@description('First day of the budget period, YYYY-MM-01, pinned for the life of the environment.')
@minLength(10)
@maxLength(10)
param budgetStartDate string

@secure()
@minLength(32)
@description('Key that signs Vigor access tokens; stored in Key Vault as `jwt-signing-key`.')
param jwtSigningKey string

@secure()
@minLength(35)
@description('Key ring that encrypts two-step sign-in secrets ("id:key,..."); stored in Key Vault as `totp-encryption-keys`.')
param totpEncryptionKeys string

@description('Entra ID app registration (client) id for "Sign in with Microsoft"; empty disables it.')
param microsoftClientId string = ''

@secure()
@description('Web Push (VAPID) P-256 private key, base64url; stored in Key Vault as `vapid-private-key` (scripts/azd-preprovision makes it once).')
param vapidPrivateKey string = ''

@description('Web Push reminders on (they also need `vapidPrivateKey`); false turns them off without dropping the key.')
param webPush bool = true

@description('Authority for Microsoft sign-in (common, organizations, a tenant, or an External ID authority).')
param microsoftAuthority string = 'https://login.microsoftonline.com/common'

@description('Comma-separated verified identities that are admins (see docs/deploy.md); empty: grant with the CLI.')
param adminIdentities string = ''

@description('Object id of the person or pipeline running the deployment (azd: AZURE_PRINCIPAL_ID); empty: none.')
param principalId string = ''

@description('Give principalId data access (Cosmos data, queue peek) for the admin CLI; keep false in prod.')
param grantOperatorDataAccess bool = environmentType == 'dev'

@description('Key Vault purge protection: irreversible once on; on in prod, off in dev so environments can be recreated.')
param keyVaultPurgeProtection bool = environmentType == 'prod'

var token = toLower(uniqueString(rg.id, environmentName))
var tags = {
  'azd-env-name': environmentName
  app: 'vigor'
  environment: environmentType
}
var names = {
  functionApp: 'func-vigor-${token}'
  plan: 'plan-vigor-${token}'
  storage: take('stvigor${token}', 24)
  cosmos: 'cosmos-vigor-${token}'
  keyVault: take('kv-vigor-${token}', 24)
  logAnalytics: 'log-vigor-${token}'
  appInsights: 'appi-vigor-${token}'
  staticWebApp: 'swa-vigor-${token}'
  actionGroup: 'ag-vigor-${token}'
  identity: 'id-vigor-${token}'
  webTest: 'webtest-vigor-${token}'
  workbook: guid(rg.id, environmentName, 'vigor-workbook')
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    retentionDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.storage
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.cosmos
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.keyVault
    purgeProtection: keyVaultPurgeProtection
    jwtSigningKey: jwtSigningKey
    totpEncryptionKeys: totpEncryptionKeys
    vapidPrivateKey: vapidPrivateKey
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.identity
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  dependsOn: [access] // the identity holds its roles before the app exists, so its first start does not race them
  params: {
    location: location
    tags: tags
    name: names.functionApp
    planName: names.plan
    skuName: functionPlanSku
    instanceCount: functionInstanceCount
    identityId: identity.outputs.id
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module staticWebApp 'modules/static-web-app.bicep' = {
  name: 'static-web-app'
  scope: rg
  params: {
    location: staticWebAppLocation
    tags: tags
    name: names.staticWebApp
    backendResourceId: functionApp.outputs.id
    backendLocation: location
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  scope: rg
  params: {
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    grantOperatorDataAccess: grantOperatorDataAccess
    storageAccountName: storage.outputs.name
    cosmosAccountName: cosmos.outputs.name
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

module appSettings 'modules/app-settings.bicep' = {
  name: 'app-settings'
  scope: rg
  params: {
    functionAppName: functionApp.outputs.name
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmos.outputs.databaseName
    keyVaultName: keyVault.outputs.name
    keyVaultUri: keyVault.outputs.uri
    jwtSecretName: keyVault.outputs.jwtSecretName
    totpSecretName: keyVault.outputs.totpSecretName
    webPush: webPush && !empty(vapidPrivateKey)
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    publicOrigin: staticWebApp.outputs.url
    microsoftClientId: microsoftClientId
    microsoftAuthority: microsoftAuthority
    adminIdentities: adminIdentities
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    tags: tags
    actionGroupName: names.actionGroup
    alertEmail: alertEmail
    appInsightsId: monitoring.outputs.appInsightsId
    location: location
    monthlyBudget: monthlyBudget
    budgetStartDate: budgetStartDate
    publicOrigin: staticWebApp.outputs.url
    webTestName: names.webTest
    cosmosAccountId: cosmos.outputs.id
  }
}

module workbook 'modules/workbook.bicep' = {
  name: 'workbook'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.workbook
    appInsightsId: monitoring.outputs.appInsightsId
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output FUNCTION_APP_URL string = functionApp.outputs.url
output STATIC_WEB_APP_URL string = staticWebApp.outputs.url
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output KEY_VAULT_URL string = keyVault.outputs.uri
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.appInsightsName
