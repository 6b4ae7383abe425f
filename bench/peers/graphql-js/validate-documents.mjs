// graphql-js 16.15's validate() on a schema and documents, for bench/peers/graphql-dotnet's compliance comparison.
// Reads {"schema","documents":[{"name","source"}]} from stdin; writes {"graphqlVersion","results":[{"name","errors":[message]}]}.
import { buildSchema, parse, validate, version } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const schema = buildSchema(request.schema);
const results = request.documents.map(({ name, source }) => {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { name, errors: [`parse: ${error.message}`] };
  }
  return { name, errors: validate(schema, document).map((error) => error.message) };
});
process.stdout.write(JSON.stringify({ graphqlVersion: version, results }));
