// Renders an Adaptive Card with the official renderer and the Teams host config.
import * as AdaptiveCards from 'adaptivecards';

export const CardContentType = 'application/vnd.microsoft.card.adaptive';

/**
 * Returns the rendered element; `onExecute(verb, data)` gets Action.Execute presses (the card's data merged with
 * its inputs, as Teams sends them). Action.OpenUrl opens a tab; other actions have no meaning in a channel pane.
 */
export function renderCard(json, hostConfig, onExecute, onUnsupported) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = action => {
    if (action instanceof AdaptiveCards.ExecuteAction) {
      onExecute(action.verb, action.data ?? {});
    } else if (action instanceof AdaptiveCards.OpenUrlAction && action.url) {
      window.open(action.url, '_blank', 'noopener');
    } else {
      onUnsupported(action.getJsonTypeName());
    }
  };
  card.parse(json);
  return card.render() ?? document.createTextNode('(the card could not be rendered)');
}

/** The Action.Execute a client sends by itself for this user, per the card's `refresh` (Teams: userIds, or everyone). */
export function refreshFor(json, userId) {
  const refresh = json?.refresh;
  if (refresh?.action?.type !== 'Action.Execute' || !refresh.action.verb) {
    return null;
  }
  const userIds = refresh.userIds;
  return !Array.isArray(userIds) || userIds.includes(userId) ? refresh.action : null;
}

export function createHostConfig(json) {
  return new AdaptiveCards.HostConfig(json);
}
