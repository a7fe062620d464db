import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};

/** What a mount answers for a path inside it: bytes, or undefined for "not here". */
export type Resolver = (path: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;

/** Serves a folder from disk; refuses paths that climb out of it. */
export function folder(root: string): Resolver {
  return async (path) => {
    const file = normalize(join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return undefined;
    try {
      return (await stat(file)).isFile() ? await readFile(file) : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Serves files held in memory, by path. */
export function memory(files: Map<string, Uint8Array>): Resolver {
  return (path) => files.get(path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A small static HTTP server on this machine only (127.0.0.1). Each mount maps a URL prefix to a
 * resolver; the longest matching prefix answers.
 */
export async function startServer(mounts: Record<string, Resolver>, port = 0): Promise<RunningServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const prefix of prefixes) {
      if (!path.startsWith(prefix)) continue;
      const body = await mounts[prefix]!(path.slice(prefix.length));
      if (!body) continue;
      const type = TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html']! : 'application/octet-stream');
      response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'});
      response.end(body);
      return;
    }
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
    response.end(`Not found: ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
