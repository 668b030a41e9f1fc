// Budget and health alerts, the availability test, and the log alerts over Vigor's telemetry.
// Poison-queue arrivals are visible as invocations of the `*_poison` queue functions and as the
// `vigor.queue.poisoned` metric (the storage QueueMessageCount metric is account-wide, not per queue).
// Every `vigor.*` name queried here must be in shared/telemetry_names.py (tests/unit/test_telemetry_names.py).
param location string
param tags object
param actionGroupName string
param alertEmail string
param appInsightsId string
param monthlyBudget int
param budgetStartDate string

@description('https origin users reach (the Static Web App); the availability test calls /api/health/ready there.')
param publicOrigin string
param webTestName string
param cosmosAccountId string

@description('The product\'s latency target for API requests (p95, milliseconds).')
param p95TargetMs int = 200

var notify = !empty(alertEmail)

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (notify) {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'vigor-ops'
    enabled: true
    emailReceivers: [{ name: 'ops', emailAddress: alertEmail, useCommonAlertSchema: true }]
  }
}

resource poisonAlert 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'vigor-jobs-poisoned'
  location: location
  tags: tags
  properties: {
    displayName: 'Vigor: jobs ended in a poison queue or failed'
    description: 'A queue message exhausted maxDequeueCount (its job is marked failed), or queue functions are failing.'
    severity: 2
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'requests | where name endswith "_poison" or (success == false and name !in ("http_app_func", "ai_chat_stream") and name !contains " /") | summarize failures = sum(itemCount)'
          timeAggregation: 'Total'
          metricMeasureColumn: 'failures'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    autoMitigate: true
    actions: { actionGroups: notify ? [actionGroup.id] : [] }
  }
}

resource budget 'Microsoft.Consumption/budgets@2023-11-01' = if (monthlyBudget > 0 && notify) {
  name: 'vigor-monthly'
  properties: {
    category: 'Cost'
    amount: monthlyBudget
    timeGrain: 'Monthly'
    timePeriod: { startDate: budgetStartDate }
    notifications: {
      actual80: {
        enabled: true
        operator: 'GreaterThanOrEqualTo'
        threshold: 80
        thresholdType: 'Actual'
        contactEmails: [alertEmail]
      }
      forecast100: {
        enabled: true
        operator: 'GreaterThanOrEqualTo'
        threshold: 100
        thresholdType: 'Forecasted'
        contactEmails: [alertEmail]
      }
    }
  }
}

// Synthetic probe of readiness (store, queue and secret store reachable) through the public origin, so it
// also covers the Static Web App's route to the API. Three regions; the alert needs two failing.
resource webTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: webTestName
  location: location
  tags: union(tags, { 'hidden-link:${appInsightsId}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: webTestName
    Name: 'Vigor API ready'
    Description: 'GET /api/health/ready through the Static Web App every 5 minutes'
    Enabled: true
    Frequency: 300
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [{ Id: 'emea-nl-ams-azr' }, { Id: 'us-va-ash-azr' }, { Id: 'apac-sg-sin-azr' }]
    Request: {
      RequestUrl: '${publicOrigin}/api/health/ready'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

resource availabilityAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'vigor-unavailable'
  location: 'global'
  tags: tags
  properties: {
    description: 'GET /api/health/ready failed from 2 of 3 regions (store, queue or Key Vault unreachable, or the site is down).'
    severity: 1
    enabled: true
    scopes: [webTest.id, appInsightsId]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: webTest.id
      componentId: appInsightsId
      failedLocationCount: 2
    }
    autoMitigate: true
    actions: notify ? [{ actionGroupId: actionGroup.id }] : []
  }
}

// Cosmos DB throttling: requests answered 429 (the SDK retries them, but sustained 429s mean slow or failed calls).
resource cosmosThrottled 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'vigor-cosmos-throttled'
  location: 'global'
  tags: tags
  properties: {
    description: 'Cosmos DB answered more than 10 requests with 429 (throttled) in 15 minutes.'
    severity: 2
    enabled: true
    scopes: [cosmosAccountId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'throttled'
          metricNamespace: 'Microsoft.DocumentDB/databaseAccounts'
          metricName: 'TotalRequests'
          dimensions: [{ name: 'StatusCode', operator: 'Include', values: ['429'] }]
          operator: 'GreaterThan'
          threshold: 10
          timeAggregation: 'Count'
        }
      ]
    }
    autoMitigate: true
    actions: notify ? [{ actionGroupId: actionGroup.id }] : []
  }
}

// API requests are the FastAPI server spans, named "<METHOD> /api/<route template>". The chat stream is
// long-lived by design and is left out of latency. Sums of customMetrics rows may be empty: coalesce to 0.
// requests/dependencies/exceptions/traces are sampled (azure-monitor-opentelemetry 1.8: 5 traces/s by default):
// count them with sum(itemCount), never count(). customMetrics are pre-aggregated, not sampled.
var apiRequests = 'requests | where name has " /api/" and name !has "/api/health"'
var logAlerts = [
  {
    name: 'vigor-5xx-rate'
    displayName: 'Vigor: more than 2% of API requests failed with 5xx'
    severity: 1
    frequency: 'PT5M'
    window: 'PT15M'
    query: '${apiRequests} | summarize total = sum(itemCount), failed = sumif(itemCount, toint(resultCode) >= 500) | extend rate = iff(total >= 20, 100.0 * failed / total, 0.0)'
    column: 'rate'
    operator: 'GreaterThan'
    threshold: 2
  }
  {
    name: 'vigor-p95-latency'
    displayName: 'Vigor: API p95 latency over ${p95TargetMs} ms'
    severity: 2
    frequency: 'PT15M'
    window: 'PT30M'
    query: '${apiRequests} and name !has "/stream" | summarize total = sum(itemCount), p95 = percentile(duration, 95) | extend p95 = iff(total >= 20, p95, 0.0)'
    column: 'p95'
    operator: 'GreaterThan'
    threshold: p95TargetMs
  }
  {
    name: 'vigor-llm-fallback-rate'
    displayName: 'Vigor: more than 20% of LLM calls fell back to the next provider'
    severity: 2
    frequency: 'PT15M'
    window: 'PT30M'
    query: 'customMetrics | where name in ("vigor.llm.fallbacks", "vigor.llm.latency") | summarize fallbacks = sumif(valueSum, name == "vigor.llm.fallbacks"), calls = sumif(valueCount, name == "vigor.llm.latency") | extend rate = iff(calls >= 10, 100.0 * fallbacks / calls, 0.0)'
    column: 'rate'
    operator: 'GreaterThan'
    threshold: 20
  }
  {
    name: 'vigor-llm-breaker-open'
    displayName: 'Vigor: an LLM provider circuit breaker opened'
    severity: 2
    frequency: 'PT5M'
    window: 'PT15M'
    query: 'customMetrics | where name == "vigor.llm.breaker_opened" | summarize opened = sum(valueSum) | extend opened = coalesce(opened, 0.0)'
    column: 'opened'
    operator: 'GreaterThan'
    threshold: 0
  }
  {
    name: 'vigor-llm-budget-threshold'
    displayName: 'Vigor: the LLM budget crossed its alert threshold'
    severity: 2
    frequency: 'PT15M'
    window: 'PT30M'
    query: 'customMetrics | where name == "vigor.llm.budget_alert" | summarize crossed = sum(valueSum) | extend crossed = coalesce(crossed, 0.0)'
    column: 'crossed'
    operator: 'GreaterThan'
    threshold: 0
  }
  {
    name: 'vigor-daily-messages-missed'
    displayName: 'Vigor: the hourly daily-message timer has not run for 2 hours'
    severity: 2
    frequency: 'PT30M'
    window: 'PT2H'
    query: 'customMetrics | where name == "vigor.timer.runs" and tostring(customDimensions.timer) == "daily_messages_timer" | summarize runs = sum(valueSum) | extend runs = coalesce(runs, 0.0)'
    column: 'runs'
    operator: 'LessThan'
    threshold: 1
  }
  {
    name: 'vigor-maintenance-missed'
    displayName: 'Vigor: the nightly maintenance timer has not run for 26 hours'
    severity: 3
    frequency: 'PT1H'
    window: 'P2D'
    query: 'customMetrics | where timestamp > ago(26h) and name == "vigor.timer.runs" and tostring(customDimensions.timer) == "daily_maintenance" | summarize runs = sum(valueSum) | extend runs = coalesce(runs, 0.0)'
    column: 'runs'
    operator: 'LessThan'
    threshold: 1
  }
  {
    name: 'vigor-queue-age'
    displayName: 'Vigor: queue messages waited more than 5 minutes'
    severity: 2
    frequency: 'PT5M'
    window: 'PT15M'
    query: 'customMetrics | where name == "vigor.queue.age" | summarize age = max(valueMax) | extend age = coalesce(age, 0.0)'
    column: 'age'
    operator: 'GreaterThan'
    threshold: 300
  }
  {
    name: 'vigor-queue-poisoned'
    displayName: 'Vigor: queue messages ran out of retries (poison)'
    severity: 2
    frequency: 'PT15M'
    window: 'PT15M'
    query: 'customMetrics | where name == "vigor.queue.poisoned" | summarize poisoned = sum(valueSum) | extend poisoned = coalesce(poisoned, 0.0)'
    column: 'poisoned'
    operator: 'GreaterThan'
    threshold: 0
  }
]

resource logAlertRules 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = [
  for rule in logAlerts: {
    name: rule.name
    location: location
    tags: tags
    properties: {
      displayName: rule.displayName
      severity: rule.severity
      enabled: true
      scopes: [appInsightsId]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Total'
            metricMeasureColumn: rule.column
            operator: rule.operator
            threshold: rule.threshold
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
          }
        ]
      }
      autoMitigate: true
      actions: { actionGroups: notify ? [actionGroup.id] : [] }
    }
  }
]
