// The bench's API on loopback: a token API and one Fabric list, answered at once from memory,
// so what the server load figures measure is the portal server, not an API.
//   node scripts/bench/stub-upstream.mjs   (env: PORT)
import { createServer } from 'node:http';

const page = JSON.stringify({
  pagination: { offset: 0, limit: 20, total: 1 },
  data: [{ uuid: 'd9b6bc6a-8b25-4f34-9f4e-1b3d9a0f6c11', type: 'VC_TOKEN', state: 'ACTIVE' }],
});
const token = JSON.stringify({ access_token: 'bench-token', token_timeout: '3599' });

createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const body = request.url === '/oauth2/v1/token' ? token : page;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('stub upstream ready'));
