// The Function App's user-assigned identity. It exists, and holds its roles (access.bicep), before the
// Function App is created, so the first start finds Key Vault references, storage and Cosmos DB already
// granted instead of racing role propagation as a system-assigned identity (born with the site) would.
param location string
param tags object
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
