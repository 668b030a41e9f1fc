// Key Vault in RBAC mode. It holds Vigor's own signing key and the secrets operators add
// (Microsoft sign-in client secret, LLM provider API keys; names in docs/deploy.md).
param location string
param tags object
param name string
param purgeProtection bool
param logAnalyticsId string

@secure()
param jwtSigningKey string

@secure()
@description('Key ring that encrypts two-step sign-in secrets: "id:key[,id:key]", the first encrypts.')
param totpEncryptionKeys string

@secure()
@description('Web Push (VAPID) private key; empty: no secret (reminders stay off).')
param vapidPrivateKey string = ''

var jwtSecretName = 'jwt-signing-key'
var totpSecretName = 'totp-encryption-keys'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  //checkov:skip=CKV_AZURE_109: no VNet in this design (the Function App without VNet integration reaches it over the public endpoint); access is Entra-only with local auth disabled. Private endpoints are the documented next step (docs/deploy.md)
  //checkov:skip=CKV_AZURE_189: no VNet in this design (the Function App without VNet integration reaches it over the public endpoint); access is Entra-only with local auth disabled. Private endpoints are the documented next step (docs/deploy.md)
  //checkov:skip=CKV_AZURE_110: purge protection is a parameter, on in prod (prod.bicepparam); off in dev so an environment can be torn down and recreated under its name
  //checkov:skip=CKV_AZURE_42: soft delete is always on; purge protection is on in prod and off in dev (see CKV_AZURE_110)
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: purgeProtection ? 90 : 7
    enablePurgeProtection: purgeProtection ? true : null // ARM refuses an explicit false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // The Function App (no VNet) resolves Key Vault references over the public endpoint; RBAC guards access.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource jwtSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  //checkov:skip=CKV_AZURE_41: an expired signing key cannot be read and would take sign-in down; rotation is an operator runbook (docs/deploy.md)
  parent: vault
  name: jwtSecretName
  properties: {
    value: jwtSigningKey
    contentType: 'text/plain; Vigor access-token signing key'
  }
}

resource totpSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  //checkov:skip=CKV_AZURE_41: an expired key ring cannot be read and would take two-step sign-in down; rotation is an operator runbook (docs/deploy.md)
  parent: vault
  name: totpSecretName
  properties: {
    value: totpEncryptionKeys
    contentType: 'text/plain; Vigor two-step secret encryption key ring'
  }
}

resource vapidSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(vapidPrivateKey)) {
  //checkov:skip=CKV_AZURE_114: contentType is set below; checkov does not read the properties of a conditional resource
  //checkov:skip=CKV_AZURE_41: an expired key cannot be read and would stop every reminder; a new key invalidates every browser's subscription, so it is not rotated on a schedule (docs/deploy.md)
  parent: vault
  name: 'vapid-private-key'
  properties: {
    value: vapidPrivateKey
    contentType: 'text/plain; Vigor Web Push (VAPID) private key'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'keyvault-to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logAnalyticsId
    logs: [{ categoryGroup: 'audit', enabled: true }]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output jwtSecretName string = jwtSecret.name
output totpSecretName string = totpSecret.name
