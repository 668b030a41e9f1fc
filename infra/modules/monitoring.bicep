// Log Analytics + workspace-based Application Insights. Ingestion needs Entra auth (local auth off):
// the Function App sends with its managed identity (Monitoring Metrics Publisher, see access.bicep).
param location string
param tags object
param logAnalyticsName string
param appInsightsName string
param retentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionDays
    features: { disableLocalAuth: true }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    RetentionInDays: retentionDays
    IngestionMode: 'LogAnalytics'
  }
}

output logAnalyticsId string = workspace.id
output appInsightsId string = appInsights.id
output appInsightsName string = appInsights.name
// The connection string names the resource; with local auth disabled it grants nothing on its own.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
