// The Function App on a Linux App Service (Dedicated) plan, Python 3.11, with the user-assigned identity
// from identity.bicep (its roles are granted before this module runs). Dedicated, not Flex Consumption:
// a Static Web App can link Consumption, Premium and Dedicated Function Apps only (docs/decisions.md,
// "Hosting plan"). App settings are written by app-settings.bicep.
param location string
param tags object
param name string
param planName string

@description('App Service plan SKU: B1 for dev (no slots, manual scale to 3), P0v3 for prod (slots, autoscale).')
param skuName string

@description('Instances of the plan (each one runs the HTTP API, the queue triggers and, once, the timers).')
param instanceCount int
param identityId string
param logAnalyticsId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  //checkov:skip=CKV_AZURE_225: zone redundancy needs Premium v3 with 3+ instances (about 3x the cost); revisit for prod SLOs
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: skuName, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  //checkov:skip=CKV_AZURE_222: this is the public API (browsers reach it through the Static Web App's linked backend); every route authenticates
  //checkov:skip=CKV_AZURE_16: Entra ID (Easy Auth) on the site would refuse Vigor's own bearer tokens; the Static Web App link configures what it needs
  //checkov:skip=CKV_AZURE_212: one instance is enough at Vigor's scale; the count is a parameter (instanceCount)
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId // Key Vault references resolve with the user-assigned identity
    clientCertEnabled: false //checkov:skip=CKV_AZURE_17: a public API for browsers; callers authenticate with Vigor's bearer tokens, not client certificates
    siteConfig: {
      linuxFxVersion: 'Python|3.11'
      alwaysOn: true // queue and timer triggers only fire while the host runs; Dedicated plans idle it otherwise
      healthCheckPath: '/api/health' // liveness: an instance that fails it is taken out of rotation
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        // The SPA reaches the API through the Static Web App's linked backend (same origin); no CORS needed.
        allowedOrigins: []
      }
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
output url string = 'https://${site.properties.defaultHostName}'
