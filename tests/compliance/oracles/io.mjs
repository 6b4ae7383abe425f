// The oracles' shared protocol: one JSON request on stdin, one JSON response on stdout.
export async function readStdinJson() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

// Lone surrogates (an error message may quote half a character) become U+FFFD: JSON readers
// such as System.Text.Json refuse them.
export function writeJson(value) {
  process.stdout.write(JSON.stringify(value, (_, member) => (typeof member === 'string' ? member.toWellFormed() : member)));
}
