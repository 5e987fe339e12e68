// IntuneSupportBot on Azure: App Service (Linux, .NET 10) with a user-assigned identity, Azure Bot with the
// Teams channel, PostgreSQL flexible server (or SQLite on the App Service share for a pilot), Key Vault for
// secrets, Log Analytics + Application Insights. docs/deploy.md walks through a deployment.

targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Short prefix for resource names: lower-case letters and digits, starting with a letter.')
@minLength(2)
@maxLength(8)
param namePrefix string = 'isb'

@description('SingleTenant: an Entra app registration with a client secret. UserAssignedMSI: the web app\'s managed identity is the bot; no secret exists.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('Client id of the single-tenant app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@secure()
@description('Client secret of the app registration, written to Key Vault as bot-client-secret. Leave empty on redeployments to keep the stored one. Ignored for UserAssignedMSI.')
param botClientSecret string = ''

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'Intune Support'

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size. Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Number of web app instances. More than one requires PostgreSQL; SQLite always runs on one.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('PostgreSQL for production and for more than one instance; Sqlite keeps the database file on the App Service /home share (a small pilot, one instance).')
@allowed([
  'PostgreSQL'
  'Sqlite'
])
param databaseProvider string = 'Sqlite'

param postgresAdministratorLogin string = 'isbadmin'

@secure()
@description('PostgreSQL administrator password (required for PostgreSQL, on every deployment; a new value rotates it): 8-128 characters from three of upper, lower, digits, symbols; no ; or quotes. Kept in Key Vault as database-admin-password.')
param postgresAdministratorPassword string = ''

param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@allowed([
  '14'
  '15'
  '16'
])
param postgresVersion string = '16'

@minValue(32)
param postgresStorageSizeGB int = 32

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

param tags object = {
  app: 'IntuneSupportBot'
}

var prefix = toLower(namePrefix)
var suffix = uniqueString(resourceGroup().id, prefix)
var webAppName = '${prefix}-${suffix}'
var usePostgres = databaseProvider == 'PostgreSQL'
// A single-tenant bot always reads its secret from Key Vault; the secret is written only when a value is passed,
// so a redeployment without it keeps the secret that is there (e.g. one rotated with az keyvault secret set).
var useClientSecret = botAppType == 'SingleTenant'
var storeClientSecret = useClientSecret && !empty(botClientSecret)
var botClientSecretName = 'bot-client-secret'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var sqliteConnectionString = 'Data Source=/home/intunesupportbot.db'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-id-${suffix}'
  location: location
  tags: tags
}

var botIdentityAppId = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${prefix}-log-${suffix}'
    insightsName: '${prefix}-appi-${suffix}'
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${prefix}-${take(suffix, 10)}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

// The web app reads its secrets through Key Vault references, resolved with the user-assigned identity.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource botClientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeClientSecret) {
  parent: keyVault
  name: botClientSecretName
  properties: {
    contentType: 'Entra app registration client secret'
    value: botClientSecret
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  params: {
    location: location
    serverName: '${prefix}-pg-${suffix}'
    databaseName: 'intunesupportbot'
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    version: postgresVersion
    storageSizeGB: postgresStorageSizeGB
    keyVaultName: keyVault.name
    tags: tags
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${prefix}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: usePostgres ? instanceCount : 1
  }
  properties: {
    reserved: true
  }
}

var botSecretSettings = useClientSecret
  ? [
      {
        name: 'Bot__ClientSecret'
        value: '@Microsoft.KeyVault(SecretUri=${keyVault.properties.vaultUri}secrets/${botClientSecretName})'
      }
      {
        name: 'Directory__ClientSecret'
        value: '@Microsoft.KeyVault(SecretUri=${keyVault.properties.vaultUri}secrets/${botClientSecretName})'
      }
    ]
  : []

var appSettings = [
  {
    name: 'Bot__AppId'
    value: botIdentityAppId
  }
  {
    name: 'Bot__TenantId'
    value: tenant().tenantId
  }
  {
    name: 'Bot__AppType'
    value: botAppType
  }
  {
    // What doctor checks against; the web app's default host name is predictable, so no cycle on webApp.
    name: 'Bot__MessagingEndpoint'
    value: 'https://${webAppName}.azurewebsites.net/api/messages'
  }
  {
    name: 'Directory__TenantId'
    value: tenant().tenantId
  }
  {
    name: 'Directory__ClientId'
    value: botIdentityAppId
  }
  {
    name: 'Database__Provider'
    value: databaseProvider
  }
  {
    name: 'Database__ConnectionString'
    value: usePostgres ? '@Microsoft.KeyVault(SecretUri=${postgres!.outputs.connectionStringSecretUri})' : sqliteConnectionString
  }
  {
    // Lets DefaultAzureCredential and ManagedIdentityCredential pick the user-assigned identity.
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.insightsConnectionString
  }
  {
    name: 'OTEL_SERVICE_NAME'
    value: webAppName
  }
  {
    // App Service terminates TLS; the app must trust X-Forwarded-Proto to see https.
    name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED'
    value: 'true'
  }
  ...botSecretSettings
]

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet IntuneSupportBot.dll'
      alwaysOn: true
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: appSettings
    }
  }
  dependsOn: [
    secretsUser
    botClientSecretEntry
  ]
}

var messagingEndpoint = 'https://${webApp.properties.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${prefix}-bot-${suffix}'
    displayName: botDisplayName
    messagingEndpoint: messagingEndpoint
    appType: botAppType
    appId: botIdentityAppId
    tenantId: tenant().tenantId
    identityResourceId: identity.id
    sku: botSku
    tags: tags
  }
}

@description('The bot\'s app id: pass it to `pack --app-id`.')
output botAppId string = botIdentityAppId

output botAppType string = botAppType

output botName string = bot.outputs.name

@description('Where Teams delivers activities; set on the Azure Bot already.')
output messagingEndpoint string = messagingEndpoint

@description('The bot\'s host: pass it to `pack --domain`; it becomes the manifest\'s validDomains entry.')
output webAppHostName string = webApp.properties.defaultHostName

output webAppName string = webApp.name

output keyVaultName string = keyVault.name

@description('Grant Graph application permissions to this principal when botAppType is UserAssignedMSI.')
output identityPrincipalId string = identity.properties.principalId

output identityClientId string = identity.properties.clientId

output databaseProvider string = databaseProvider

output postgresServer string = usePostgres ? postgres!.outputs.serverFqdn : ''

output packCommand string = 'dotnet run --project src/IntuneSupportBot -- pack --app-id ${botIdentityAppId} --domain ${webApp.properties.defaultHostName} --out app.zip'
