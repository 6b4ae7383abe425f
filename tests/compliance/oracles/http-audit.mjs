// graphql-http's serverAudits against a running server: {url} in, [{id, name, status, reason}] out.
import { serverAudits } from 'graphql-http';
import { readStdinJson, writeJson } from './io.mjs';

const { url } = await readStdinJson();
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
writeJson(results);
