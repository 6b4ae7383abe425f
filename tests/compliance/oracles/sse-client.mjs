// The graphql-sse client in distinct connections mode receives a subscription. {url, to} in, {events} out.
import { createClient } from 'graphql-sse';
import { readStdinJson, writeJson } from './io.mjs';

const { url, to } = await readStdinJson();
const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
const events = [];
for await (const result of client.iterate({ query: `subscription { counter(to: ${to}) }` })) events.push(result);
client.dispose();
writeJson({ events });
