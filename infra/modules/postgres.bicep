// Azure Database for PostgreSQL flexible server for the bot's tickets and conversation state.
// The app signs in with a password; the full connection string lives only in Key Vault.

@description('Azure region.')
param location string

@description('Server name; becomes <name>.postgres.database.azure.com.')
param serverName string

param databaseName string

param administratorLogin string

@secure()
@minLength(8)
@description('Administrator password: 8 to 128 characters from three of upper case, lower case, digits and symbols; no ; or quotes.')
param administratorLoginPassword string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@allowed([
  '14'
  '15'
  '16'
])
param version string

@minValue(32)
param storageSizeGB int

@description('Key Vault that receives the connection string secret.')
param keyVaultName string

param tags object

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 is Azure's convention for "connections from Azure services", which is how App Service reaches the server
// without a virtual network. TLS is enforced by the server (require_secure_transport is on by default).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-connection-string'
  properties: {
    contentType: 'Npgsql connection string'
    value: 'Host=${server.properties.fullyQualifiedDomainName};Database=${database.name};Username=${administratorLogin};Password=${administratorLoginPassword};Ssl Mode=Require'
  }
}

// Kept so an operator can pass the same password on the next deployment instead of rotating it by accident.
resource administratorPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-admin-password'
  properties: {
    contentType: 'PostgreSQL administrator password'
    value: administratorLoginPassword
  }
}

output serverFqdn string = server.properties.fullyQualifiedDomainName
output connectionStringSecretUri string = connectionString.properties.secretUri
