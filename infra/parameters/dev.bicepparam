// Dev environment for a direct deployment without azd:
//   VIGOR_JWT_SIGNING_KEY=$(openssl rand -base64 48) az deployment sub create \
//     --location westeurope --template-file infra/main.bicep --parameters infra/parameters/dev.bicepparam
// (azd reads infra/main.parameters.json instead; set VIGOR_ENVIRONMENT_TYPE=dev there.)
using '../main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'vigor-dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param environmentType = 'dev'
param staticWebAppLocation = 'westeurope'
param logRetentionDays = 30
param functionPlanSku = 'B1'
param functionInstanceCount = 1
param monthlyBudget = 30
// Pinned once per environment (Azure refuses to move a budget's start date): set it to the first
// deployment's month, e.g. 2026-11-01, and keep it.
param budgetStartDate = readEnvironmentVariable('AZURE_BUDGET_START_DATE')
param alertEmail = readEnvironmentVariable('VIGOR_ALERT_EMAIL', '')
param jwtSigningKey = readEnvironmentVariable('VIGOR_JWT_SIGNING_KEY')
param totpEncryptionKeys = readEnvironmentVariable('VIGOR_TOTP_ENCRYPTION_KEYS')
param microsoftClientId = readEnvironmentVariable('VIGOR_MICROSOFT_CLIENT_ID', '')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param grantOperatorDataAccess = true
param keyVaultPurgeProtection = false
