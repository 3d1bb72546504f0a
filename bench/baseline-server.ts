// The baseline: the least a Node.js server can do to answer with an article page, bytes already in memory.
// Usage: node bench/baseline-server.ts <body-file> <port> <host>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [bodyFile, port, host] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), host, () => process.stdout.write('listening\n'));
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
