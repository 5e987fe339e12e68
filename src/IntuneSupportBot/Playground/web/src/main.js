// The playground page: the end user's chat on the left, one pane per tier channel on the right.
import hostConfig from '../hostconfig.json';
import { getJson, watchFeed } from './api.js';
import { ChannelBoard } from './channels.js';
import { ChatPane } from './chat.js';

async function main() {
  const identities = await getJson('/playground/identities');
  const board = new ChannelBoard(document.getElementById('channels'), hostConfig, identities);
  watchFeed((kind, change) => board.apply(kind, change));
  board.load(await getJson('/playground/channels'));

  const chat = new ChatPane(document.getElementById('webchat'), hostConfig);
  const picker = document.getElementById('requester');
  for (const requester of identities.requesters) {
    const option = document.createElement('option');
    option.value = requester.id;
    option.textContent = requester.department ? `${requester.name} — ${requester.department}` : requester.name;
    picker.append(option);
  }
  const chosen = () => identities.requesters.find(requester => requester.id === picker.value);
  picker.addEventListener('change', () => chat.actAs(chosen()));
  await chat.actAs(chosen());
  document.body.dataset.ready = 'true';
}

main().catch(error => {
  document.getElementById('status').textContent = `The playground could not start: ${error.message}`;
});
