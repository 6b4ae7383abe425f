// The graphql-ws client (over the ws package) subscribes, receives every event and completes;
// then a query and a mutation over the same connection. {url, to} in, {events, query, mutation, ackPayload} out.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { readStdinJson, writeJson } from './io.mjs';

const { url, to } = await readStdinJson();
let ackPayload = null;
const client = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { token: 'test' }, on: { connected: (_socket, payload) => { ackPayload = payload ?? null; } } });

async function collect(query) {
  const results = [];
  for await (const result of client.iterate({ query })) results.push(result);
  return results;
}

const events = await collect(`subscription { counter(to: ${to}) }`);
const query = await collect('{ hello }');
const mutation = await collect('mutation { increment }');
let error = null;
try {
  await collect('{ nope }');
} catch (errors) {
  error = errors;
}
await client.dispose();
writeJson({ events, query, mutation, error, ackPayload });
