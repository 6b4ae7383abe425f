// graphql-js 16.15 behind graphql-http on node:http, serving the benchmark schema and data (bench/http-data.json).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const port = Number(process.argv[2] ?? 5056);
const here = new URL('.', import.meta.url);
const schema = buildSchema(readFileSync(new URL('../../http-schema.graphql', here), 'utf8'));
const data = JSON.parse(readFileSync(new URL('../../http-data.json', here), 'utf8'));
const handler = createHandler({ schema, rootValue: { books: () => data.books } });
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else { res.writeHead(404).end(); }
}).listen(port, '127.0.0.1', () => console.error(`graphql-js on http://127.0.0.1:${port}/graphql`));
