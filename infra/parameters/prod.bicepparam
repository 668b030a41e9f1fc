// Prod environment for a direct deployment without azd:
//   VIGOR_JWT_SIGNING_KEY=<the key already in Key Vault> az deployment sub create \
//     --location westeurope --template-file infra/main.bicep --parameters infra/parameters/prod.bicepparam
// Re-deploying with a different key signs users out (their access tokens stop verifying).
// (azd reads infra/main.parameters.json instead; `azd env set VIGOR_ENVIRONMENT_TYPE prod` picks these defaults.)
using '../main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'vigor-prod')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param environmentType = 'prod'
param staticWebAppLocation = 'westeurope'
param logRetentionDays = 90
param functionPlanSku = 'P0v3'
param functionInstanceCount = 1
param monthlyBudget = 200
// Pinned once per environment (Azure refuses to move a budget's start date): set it to the first
// deployment's month, e.g. 2026-11-01, and keep it.
param budgetStartDate = readEnvironmentVariable('AZURE_BUDGET_START_DATE')
param alertEmail = readEnvironmentVariable('VIGOR_ALERT_EMAIL')
param jwtSigningKey = readEnvironmentVariable('VIGOR_JWT_SIGNING_KEY')
param totpEncryptionKeys = readEnvironmentVariable('VIGOR_TOTP_ENCRYPTION_KEYS')
param microsoftClientId = readEnvironmentVariable('VIGOR_MICROSOFT_CLIENT_ID', '')
param adminIdentities = readEnvironmentVariable('VIGOR_ADMIN_IDENTITIES', '')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param grantOperatorDataAccess = false
param keyVaultPurgeProtection = true
