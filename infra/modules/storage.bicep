// Storage for the Functions host (queues, timer leases).
// Shared keys are off: the host, the deployment and Vigor's queue adapter all use the app's identity.
param location string
param tags object
param name string
param logAnalyticsId string

@description('Vigor queues (shared/queue/names.py); each has a `<name>-poison` twin.')
param queueNames array = ['ai-jobs', 'daily-messages', 'daily-batches', 'account-mail', 'account-deletion', 'import-jobs', 'push-notifications', 'push-batches']

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  //checkov:skip=CKV_AZURE_35: no VNet in this design (the Function App without VNet integration reaches storage over the public endpoint); shared keys are off, so access is Entra-only. Private endpoints are the documented next step
  //checkov:skip=CKV_AZURE_59: no VNet in this design (the Function App without VNet integration reaches storage over the public endpoint); shared keys are off, so access is Entra-only. Private endpoints are the documented next step
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' } //checkov:skip=CKV_AZURE_206: queue messages and the deployment package are rebuildable; geo-replication would double cost for nothing
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // the Function App without VNet integration reaches storage over the public endpoint;
      // access is identity-only (no keys, no SAS), so the firewall adds little here.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: { enabled: true, keyType: 'Account' }
        file: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
        table: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 7 }
    containerDeleteRetentionPolicy: { enabled: true, days: 7 }
  }
}

@description('Vigor blob containers (shared/blobs/names.py): private, Entra access only.')
param blobContainers array = ['imports']

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for container in blobContainers: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

// Staged import files live a day (shared/importing/staging.py; the daily maintenance run deletes them). This rule
// is the backstop if that run stops: anything under imports/ is deleted two days after it was written.
resource stagedLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'staged-imports-expire'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['imports/'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 2 } } }
          }
        }
      ]
    }
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

// Where the Functions host moves a message after maxDequeueCount failed deliveries (host.json).
resource poisonQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in queueNames: {
    parent: queueService
    name: '${queue}-poison'
  }
]

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'queue-to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: logAnalyticsId
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

output name string = account.name
output queueServiceUri string = account.properties.primaryEndpoints.queue
output blobServiceUri string = account.properties.primaryEndpoints.blob
