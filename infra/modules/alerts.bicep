// Budget and health alerts. Poison-queue arrivals are visible as invocations of the `*_poison` queue
// functions (the storage QueueMessageCount metric is account-wide, not per queue), so the alert
// queries Application Insights for them and for failed job runs.
param location string
param tags object
param actionGroupName string
param alertEmail string
param appInsightsId string
param monthlyBudget int
param budgetStartDate string

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
          query: 'requests | where name endswith "_poison" or (success == false and name != "http_app_func" and name !contains " /") | summarize failures = count()'
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
