// The end user's pane: the official Web Chat on the host's Direct Line 3.0 endpoint.
import ReactWebChat, { createDirectLine } from 'botframework-webchat';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { postJson } from './api.js';

const styleOptions = {
  bubbleBorderRadius: 6,
  bubbleFromUserBorderRadius: 6,
  bubbleFromUserBackground: '#E8EBFA',
  botAvatarInitials: 'IS',
  hideUploadButton: true,
  sendTimeout: 60000
};

export class ChatPane {
  constructor(container, hostConfig) {
    this.container = container;
    this.hostConfig = hostConfig;
    this.root = null;
    this.directLine = null;
  }

  /** Starts (or rejoins) the requester's 1:1 conversation; the host keeps one per requester, as Teams does. */
  async actAs(requester) {
    const { status, body } = await postJson('/v3/directline/tokens/generate', { user: { id: requester.id, name: requester.name } });
    if (status !== 200) {
      throw new Error(`Direct Line token: HTTP ${status}`);
    }
    this.directLine?.end();
    this.root?.unmount();
    this.directLine = createDirectLine({
      token: body.token,
      domain: `${location.origin}/v3/directline`,
      webSocket: false,
      pollingInterval: 300
    });
    this.root = createRoot(this.container);
    this.root.render(
      createElement(ReactWebChat, {
        key: requester.id,
        directLine: this.directLine,
        userID: requester.userId,
        username: requester.name,
        locale: requester.locale,
        styleOptions,
        adaptiveCardsHostConfig: this.hostConfig
      })
    );
  }
}
