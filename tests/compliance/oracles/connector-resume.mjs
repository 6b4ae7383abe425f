// A connector's life with graphql-ws: subscribe to requestStatusChanged, see a change arrive, disconnect, miss two
// changes, resubscribe with the last cursor and receive exactly those two, in order.
// {url, key, requestId, statuses: [first, missed1, missed2]} in; {first, resumed, extra} out.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { readStdinJson, writeJson } from './io.mjs';

const { url, key, requestId, statuses } = await readStdinJson();
const wsUrl = url.replace(/^http/, 'ws');
const selection = 'id cursor type previousStatus status request { id status }';

async function change(status) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: `mutation($id: ID!, $s: RequestStatus!) { changeRequestStatus(input: { requestId: $id, status: $s }) { errors { code } } }`, variables: { id: requestId, s: status } }),
  });
  const body = await response.json();
  if (body.errors || body.data.changeRequestStatus.errors.length) throw new Error(JSON.stringify(body));
}

function connect() {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${key}` } });
}

// Takes `count` events from a subscription, then waits `settleMs` for any extra one.
async function take(client, after, count, action, settleMs) {
  const received = [];
  const iterator = client.iterate({ query: `subscription($id: ID, $after: String) { requestStatusChanged(requestId: $id, after: $after) { ${selection} } }`, variables: { id: requestId, after } });
  const next = () => iterator.next();
  let pending = next();
  if (action) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await action();
  }
  while (received.length < count) {
    const { value, done } = await pending;
    if (done) break;
    if (value.errors) throw new Error(JSON.stringify(value.errors));
    received.push(value.data.requestStatusChanged);
    pending = next();
  }
  const extra = await Promise.race([pending.then(({ value }) => value ?? null), new Promise((resolve) => setTimeout(() => resolve(null), settleMs))]);
  await iterator.return?.();
  return { received, extra };
}

const firstClient = connect();
const first = await take(firstClient, null, 1, () => change(statuses[0]), 0);
await firstClient.dispose();

await change(statuses[1]);
await change(statuses[2]);

const secondClient = connect();
const resumed = await take(secondClient, first.received[0].cursor, 2, null, 700);
await secondClient.dispose();

writeJson({ first: first.received, resumed: resumed.received, extra: resumed.extra });
