// The tier channel panes: the threads the bot posted, cards updated live, card actions sent as real invokes.
import { postJson } from './api.js';
import { CardContentType, createHostConfig, refreshFor, renderCard } from './cards.js';

export class ChannelBoard {
  constructor(container, hostConfigJson, identities) {
    this.container = container;
    this.hostConfig = createHostConfig(hostConfigJson);
    this.identities = identities;
    this.panes = new Map();
    for (const tier of identities.tiers) {
      this.pane(tier.channelId, tier.channelName, tier.agents);
    }
  }

  load(channels) {
    for (const channel of channels) {
      const pane = this.pane(channel.channelId, channel.name);
      for (const thread of channel.threads) {
        for (const activity of thread.activities) {
          pane.upsert(thread.conversationId, activity, false);
        }
      }
    }
  }

  apply(kind, change) {
    if (!change.channelId) {
      return;
    }
    const pane = this.pane(change.channelId, change.channelId);
    if (kind === 'deleted') {
      pane.remove(change.activityId);
    } else {
      pane.upsert(change.conversationId, change.activity, kind === 'updated', change.sequence);
    }
  }

  pane(channelId, name, agents) {
    let pane = this.panes.get(channelId);
    if (!pane) {
      // A channel outside the tiers (a bridge channel) is acted on by anyone in the demo tenant.
      pane = new ChannelPane(channelId, name, agents ?? this.everyone(), this.hostConfig);
      this.panes.set(channelId, pane);
      this.container.append(pane.element);
    }
    return pane;
  }

  everyone() {
    const agents = this.identities.tiers.flatMap(tier => tier.agents).concat(this.identities.bridgeCoordinators);
    return [...new Map(agents.map(agent => [agent.id, agent])).values()];
  }
}

class ChannelPane {
  constructor(channelId, name, agents, hostConfig) {
    this.channelId = channelId;
    this.agents = agents;
    this.hostConfig = hostConfig;
    this.posts = new Map();
    this.element = element('section', 'pane channel');
    this.element.dataset.channelId = channelId;
    const header = element('header', 'pane-header');
    header.append(element('h2', '', name));
    const label = element('label', 'act-as', 'Act as ');
    this.picker = element('select', 'agent-picker');
    for (const agent of agents) {
      const option = element('option', '', agent.lead ? `${agent.name} (lead)` : agent.name);
      option.value = agent.id;
      this.picker.append(option);
    }
    this.picker.addEventListener('change', () => this.rerender());
    label.append(this.picker);
    header.append(label);
    this.threads = element('div', 'threads');
    this.element.append(header, this.threads);
  }

  get agent() {
    return this.agents.find(agent => agent.id === this.picker.value) ?? this.agents[0];
  }

  upsert(conversationId, activity, updated, sequence = 0) {
    if (activity.type !== 'message') {
      return;
    }
    let post = this.posts.get(activity.id);
    if (!post) {
      post = { conversationId, view: null, viewSequence: 0, refreshing: false, element: element('article', 'post') };
      post.element.dataset.activityId = activity.id;
      post.element.dataset.conversationId = conversationId;
      this.posts.set(activity.id, post);
      this.thread(conversationId).append(post.element);
    }
    post.activity = activity;
    // An update made by the same turn that answered this agent's card action keeps the agent's own card.
    if (sequence > post.viewSequence) {
      post.view = null;
    }
    this.render(post, { refresh: !post.refreshing, updated });
  }

  remove(activityId) {
    this.posts.get(activityId)?.element.remove();
    this.posts.delete(activityId);
  }

  rerender() {
    for (const post of this.posts.values()) {
      post.view = null;
      post.viewSequence = 0;
      this.render(post, { refresh: true, updated: false });
    }
  }

  thread(conversationId) {
    let thread = [...this.threads.children].find(child => child.dataset.conversationId === conversationId);
    if (!thread) {
      thread = element('div', 'thread');
      thread.dataset.conversationId = conversationId;
      this.threads.prepend(thread);
    }
    return thread;
  }

  render(post, { refresh, updated }) {
    const { activity } = post;
    const meta = element('div', 'meta', `${activity.from?.name ?? 'bot'} · ${formatTime(activity.timestamp)}`);
    if (updated) {
      meta.append(element('span', 'badge', 'updated'));
    }
    const body = [meta];
    if (activity.text) {
      body.push(element('div', 'text', activity.text));
    }
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType !== CardContentType) {
        continue;
      }
      const card = post.view ?? attachment.content;
      const holder = element('div', 'card');
      holder.append(renderCard(card, this.hostConfig,
        (verb, data) => this.invoke(post, verb, data, 'manual'),
        type => this.notice(post, `${type} is not used in channel cards.`)));
      body.push(holder);
      const automatic = refresh && !post.view ? refreshFor(attachment.content, this.agent.userId) : null;
      if (automatic) {
        this.invoke(post, automatic.verb, automatic.data ?? {}, 'automatic');
      }
    }
    post.notice = element('div', 'notice');
    body.push(post.notice);
    post.element.replaceChildren(...body);
  }

  async invoke(post, verb, data, trigger) {
    const agent = this.agent;
    // A refresh the bot answers by updating the card must not start another refresh.
    post.refreshing = trigger === 'automatic';
    const { status, headers, body } = await postJson('/playground/invoke', {
      conversationId: post.conversationId, replyToId: post.activity.id, verb, data, agentId: agent.id, trigger
    }).finally(() => {
      post.refreshing = false;
    });
    if (status === 200 && body?.type === CardContentType) {
      // The invoke's card is this agent's own view, as in Teams; everyone else keeps the posted card.
      post.view = body.value;
      post.viewSequence = Number(headers.get('x-playground-sequence') ?? 0);
      this.render(post, { refresh: false, updated: false });
    } else if (status === 200 && typeof body?.value === 'string') {
      this.notice(post, body.value);
    } else {
      this.notice(post, body?.value?.message ?? body?.detail ?? `The bot answered HTTP ${status}.`, true);
    }
  }

  notice(post, text, error = false) {
    post.notice.textContent = text;
    post.notice.classList.toggle('error', error);
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

function formatTime(timestamp) {
  return timestamp ? new Date(timestamp).toLocaleTimeString() : '';
}
