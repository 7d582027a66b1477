// Keep-alive HTTP/1.1 POSTs with node:http: one pooled socket per concurrent client, no extra dependency.
import http from 'node:http';

export type JsonPoster = { post(body: string): Promise<void>; close(): void };

/** POST `body` as JSON to 127.0.0.1:port+path; resolves on `expectStatus`, rejects with the status and body otherwise. */
export function jsonPoster(opts: { port: number; path: string; sockets: number; expectStatus: number }): JsonPoster {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.sockets, maxFreeSockets: opts.sockets });
  const post = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: opts.port,
          path: opts.path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode === opts.expectStatus) resolve();
            else reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
