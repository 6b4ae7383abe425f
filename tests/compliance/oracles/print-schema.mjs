// The oracle for our SDL printer: graphql-js 16 printSchema(buildSchema(sdl)).
// Reads {"schemas":[{"name","sdl"}]}; writes {"graphqlVersion","results":[{"name","printed"} or {"name","error"}]}.
import { buildSchema, printSchema, version } from 'graphql';
import { readStdinJson, writeJson } from './io.mjs';

const request = await readStdinJson();
const results = request.schemas.map(({ name, sdl }) => {
  try {
    return { name, printed: printSchema(buildSchema(sdl)) };
  } catch (error) {
    return { name, error: error.message };
  }
});
writeJson({ graphqlVersion: version, results });
