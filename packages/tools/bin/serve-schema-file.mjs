#!/usr/bin/env node
// A stand-in GraphQL endpoint for `pnpm schema:pull` where the live API cannot be reached: serves the
// SDL file given as argument on 127.0.0.1 (introspection and any query; resolvers answer null) and prints
// its URL. Any bearer token is accepted. Stop it with Ctrl-C.
//   node packages/tools/bin/serve-schema-file.mjs ../shared/nexar-schema/schema.graphql
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema, graphql } from 'graphql';

const [file, port = '0'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: serve-schema-file.mjs SCHEMA.graphql [PORT]\n');
  process.exit(2);
}
const schema = buildSchema(readFileSync(file, 'utf8'));
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let request;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Send a JSON GraphQL request.' }] }));
      return;
    }
    const result = await graphql({
      schema,
      source: String(request.query ?? ''),
      variableValues: request.variables,
      operationName: request.operationName,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
});
server.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}/graphql\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
