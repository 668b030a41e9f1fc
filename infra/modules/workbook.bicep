// The operations workbook (Application Insights -> Workbooks -> "Vigor operations"): requests, latency, AI
// usage and cost, fallbacks and breakers, queues, timers and errors. The workbook is workbook.json, kept as JSON
// so tests/unit/test_telemetry_names.py can parse it and check every metric name it queries. Its queries name no
// resource: fallbackResourceIds (set here, not in the JSON) points them at App Insights when the workbook is opened
// from Azure Monitor -> Workbooks rather than from the App Insights resource.
param location string
param tags object
param name string
param appInsightsId string

resource workbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'shared'
  properties: {
    displayName: 'Vigor operations'
    category: 'workbook'
    sourceId: appInsightsId
    serializedData: string(union(loadJsonContent('workbook.json'), { fallbackResourceIds: [appInsightsId] }))
  }
}

output id string = workbook.id
