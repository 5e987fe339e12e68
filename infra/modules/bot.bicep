// The Azure Bot registration: who the bot is (app id, tenant, identity) and where Teams delivers activities.

@description('Globally unique bot handle.')
param name string

param displayName string

@description('https URL of the bot\'s /api/messages endpoint.')
param messagingEndpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('Client id of the app registration (SingleTenant) or of the user-assigned identity (UserAssignedMSI).')
param appId string

param tenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityResourceId string

@allowed([
  'F0'
  'S1'
])
@description('F0 is enough for Teams: it is a standard channel, and only premium channels count against F0 limits.')
param sku string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    ...(appType == 'UserAssignedMSI' ? { msaAppMSIResourceId: identityResourceId } : {})
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
