// Cosmos DB for NoSQL, serverless. Keys are disabled: the Function App reaches data through a Cosmos SQL
// role assignment (access.bicep), so no connection string exists to leak.
//
// Containers mirror shared/store/containers.py. defaultTtl -1 turns TTL on without expiring anything by
// default: items that carry a `ttl` field (cache entries, idempotency keys, finished jobs) expire on their own.
// Indexing: the default consistent policy (every path, range) serves Vigor's single-field ORDER BY and filters;
// Vigor never orders on two fields, so no composite index is needed. `_etag` is excluded as Cosmos recommends.
param location string
param tags object
param name string
param logAnalyticsId string
param databaseName string = 'vigor'

@description('Name and partition key path of each container (shared/store/containers.py).')
param containers array = [
  { name: 'users', partitionKey: '/userId' }
  { name: 'workouts', partitionKey: '/userId' }
  { name: 'ai', partitionKey: '/userId' }
  { name: 'cache', partitionKey: '/userId' }
  { name: 'system', partitionKey: '/pk' }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  //checkov:skip=CKV_AZURE_101: no VNet in this design (the Function App without VNet integration reaches it over the public endpoint); access is Entra-only with local auth disabled. Private endpoints are the documented next step (docs/deploy.md)
  //checkov:skip=CKV_AZURE_99: no VNet in this design (the Function App without VNet integration reaches it over the public endpoint); access is Entra-only with local auth disabled. Private endpoints are the documented next step (docs/deploy.md)
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: 'Continuous7Days' }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: { paths: [container.partitionKey], kind: 'Hash', version: 2 }
        defaultTtl: -1
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [{ path: '/*' }]
          excludedPaths: [{ path: '/"_etag"/?' }]
        }
      }
    }
  }
]

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'cosmos-to-log-analytics'
  scope: account
  properties: {
    workspaceId: logAnalyticsId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      { category: 'DataPlaneRequests', enabled: true }
      { category: 'ControlPlaneRequests', enabled: true }
    ]
  }
}

output id string = account.id
output name string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
