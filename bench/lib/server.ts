/**
 * The benchmark's static HTTP server: the same mounts as `upstander serve` (packages/cli/src/server.ts
 * resolvers), but answering as a production web server or LMS does: text responses gzip-compressed when
 * the browser accepts it (level 9, like the gzip figures in the report), `cache-control: no-store`.
 * Every answered path is logged with its raw and transferred body size.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Resolver} from '../../packages/cli/src/server.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

const gzipCache = new WeakMap<Uint8Array, Buffer>();
export function gzip(data: Uint8Array): Buffer {
  let packed = gzipCache.get(data);
  if (!packed) {
    packed = gzipSync(data, {level: 9});
    gzipCache.set(data, packed);
  }
  return packed;
}

export interface Served {
  path: string;
  raw: number;
  sent: number;
  gzip: boolean;
}

export interface BenchServer {
  url: string;
  /** Path (without query) → what was last sent for it. */
  served: Map<string, Served>;
  close(): Promise<void>;
}

export async function startBenchServer(mounts: Record<string, Resolver>): Promise<BenchServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const served = new Map<string, Served>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const prefix of prefixes) {
      if (!path.startsWith(prefix)) continue;
      const body = await mounts[prefix]!(path.slice(prefix.length));
      if (!body) continue;
      const type = TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html']! : 'application/octet-stream');
      const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const data = compress ? gzip(body) : body;
      served.set(path, {path, raw: body.byteLength, sent: data.byteLength, gzip: compress});
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': data.byteLength,
        ...(compress ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
      });
      response.end(data);
      return;
    }
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
    response.end(`Not found: ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
