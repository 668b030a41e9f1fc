// The Function App on Flex Consumption (FC1), Python 3.11, system-assigned identity.
// The code package lives in a blob container read with the app's identity; app settings are
// written by app-settings.bicep once the identity holds its roles.
param location string
param tags object
param name string
param planName string
param storageAccountName string
param deploymentContainerName string
param maximumInstanceCount int
param instanceMemoryMB int
param logAnalyticsId string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  //checkov:skip=CKV_AZURE_225: Flex Consumption is regional serverless here; zone redundancy is offered in few regions and needs always-ready instances (cost); revisit for prod SLOs
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  //checkov:skip=CKV_AZURE_222: this is the public API (browsers reach it through the Static Web App's linked backend); every route authenticates
  //checkov:skip=CKV_AZURE_212: Flex Consumption scales from zero; always-ready instances cost money and Vigor tolerates a cold start
  //checkov:skip=CKV_AZURE_213: App Service health check is not available on Flex Consumption; /api/health is probed by the platform's scale controller and by ops (docs/deploy.md)
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false //checkov:skip=CKV_AZURE_17: a public API for browsers; callers authenticate with Vigor's bearer tokens, not client certificates
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        // The SPA reaches the API through the Static Web App's linked backend (same origin); no CORS needed.
        allowedOrigins: []
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'python', version: '3.11' }
    }
  }
}

// Basic-auth publishing (FTP and SCM) off: azd deploys with Entra tokens.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'functions-to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsId
    logs: [{ category: 'FunctionAppLogs', enabled: true }]
  }
}

output id string = site.id
output name string = site.name
output principalId string = site.identity.principalId
output url string = 'https://${site.properties.defaultHostName}'
