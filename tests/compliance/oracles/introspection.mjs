// The oracle for our introspection: graphql-js 16 builds a client schema from our introspection
// result, validates it, prints it, and introspects it again to see that the result round-trips.
// Reads {"results":[{"name","data"}]} (data: the introspection query's "data");
// writes {"graphqlVersion","query","results":[{"name","errors":[...],"printed","roundTripDifferences":[...]}]}.
// Without results it only answers the introspection query to run (every option on).
import { buildClientSchema, getIntrospectionQuery, introspectionFromSchema, printSchema, validateSchema, version } from 'graphql';
import { readStdinJson, writeJson } from './io.mjs';

const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
const request = await readStdinJson();

function differences(expected, actual, path, found) {
  if (found.length >= 20) return found;
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual) || expected.length !== actual.length) {
      found.push(`${path}: expected ${JSON.stringify(expected)?.slice(0, 200)}, got ${JSON.stringify(actual)?.slice(0, 200)}`);
      return found;
    }
    expected.forEach((item, index) => differences(item, actual[index], `${path}[${index}]`, found));
    return found;
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) differences(expected[key], actual[key], `${path}.${key}`, found);
    return found;
  }
  if (expected !== actual) found.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  return found;
}

const results = (request.results ?? []).map(({ name, data }) => {
  try {
    const schema = buildClientSchema(data);
    const errors = validateSchema(schema).map((error) => error.message);
    // The introspection types are graphql-js's own on its side (16.15 adds experimental fields to them), so only the schema's own types and directives are compared.
    const again = introspectionFromSchema(schema, { ...options, experimentalDirectiveDeprecation: false });
    const own = (result) => ({ ...result.__schema, types: result.__schema.types.filter((type) => !type.name.startsWith('__')) });
    return { name, errors, printed: printSchema(schema), roundTripDifferences: differences(own(again), own(data), 'data.__schema', []) };
  } catch (error) {
    return { name, errors: [`buildClientSchema failed: ${error.message}`], printed: null, roundTripDifferences: [] };
  }
});
writeJson({ graphqlVersion: version, query: getIntrospectionQuery(options), results });
