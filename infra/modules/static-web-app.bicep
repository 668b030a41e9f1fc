// The web client. `azd deploy web` uploads static_web/dist; /api/* is routed to the Function App
// through a linked backend (Standard SKU only), so the SPA and the API share one origin and the
// refresh-token cookie can stay SameSite=Strict.
param location string
param tags object
param name string
param backendResourceId string
param backendLocation string

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2024-04-01' = {
  parent: site
  name: 'api'
  properties: {
    backendResourceId: backendResourceId
    region: backendLocation
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostname}'
