// Vigor on Azure: one resource group per environment, everything reached through managed identity.
// `azd up` fills the parameters from infra/main.parameters.json; `az deployment sub create` can use
// infra/parameters/<env>.bicepparam instead. See docs/deploy.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Environment name (azd: AZURE_ENV_NAME). Names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource except the Static Web App (Flex Consumption must be offered there).')
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

@description('Upper bound of Flex Consumption instances (cost and downstream-rate-limit guard).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = environmentType == 'prod' ? 40 : 10

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Monthly cost budget for the resource group in the billing currency (0: no budget).')
@minValue(0)
param monthlyBudget int = environmentType == 'prod' ? 200 : 30

@description('Where budget and health alerts go (empty: alerts are created without a notification).')
param alertEmail string = ''

@description('First day of the budget period; keep it stable across deployments.')
param budgetStartDate string = utcNow('yyyy-MM-01')

@secure()
@minLength(32)
@description('Key that signs Vigor access tokens; stored in Key Vault as `jwt-signing-key`.')
param jwtSigningKey string

@description('Entra ID app registration (client) id for "Sign in with Microsoft"; empty disables it.')
param microsoftClientId string = ''

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
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.functionApp
    planName: names.plan
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
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
    appPrincipalId: functionApp.outputs.principalId
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
  dependsOn: [access] // identity roles first, so Key Vault references and identity connections resolve at start
  params: {
    functionAppName: functionApp.outputs.name
    storageAccountName: storage.outputs.name
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmos.outputs.databaseName
    keyVaultName: keyVault.outputs.name
    keyVaultUri: keyVault.outputs.uri
    jwtSecretName: keyVault.outputs.jwtSecretName
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
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output FUNCTION_APP_URL string = functionApp.outputs.url
output STATIC_WEB_APP_URL string = staticWebApp.outputs.url
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output KEY_VAULT_URL string = keyVault.outputs.uri
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.appInsightsName
