// The host's playground endpoints (local mode only).

export async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return response.json();
}

/** Posts JSON and hands back the status, the headers and the parsed body (null when the body is empty). */
export async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** Subscribes to the feed's server-sent events; `onChange(kind, change)` gets posted/updated/deleted. */
export function watchFeed(onChange) {
  const events = new EventSource('/playground/events');
  for (const kind of ['posted', 'updated', 'deleted']) {
    events.addEventListener(kind, message => onChange(kind, JSON.parse(message.data)));
  }
  return events;
}
