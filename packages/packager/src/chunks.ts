import type {PackageFile} from './zip.js';

/**
 * The chunks of the player bundle that a launch needs beyond upstander.js, read from the files rollup
 * wrote (packages/player/dist): each entry (a chunk upstander.js, or a chunk it loads, imports on
 * demand, named by its module: `xapi-sink` is `upstander-xapi-sink.js`) and every chunk it imports
 * statically in turn, but upstander.js (the page loads it anyway). Sorted by file name. `bundle`: the
 * player files (playerFiles()), when the caller has read them already.
 */
export function playerChunks(entries: readonly string[], bundle: readonly PackageFile[]): string[] {
  const files = new Map(bundle.map((f) => [f.path, new TextDecoder().decode(f.data)]));
  const dynamic = new Set([...files.values()].flatMap((code) => [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => m[1]!)));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || name === 'upstander.js') return;
    const code = files.get(name);
    if (code === undefined) throw new Error(`The player bundle has no ${name} (imported on demand). Run "npm run build" first.`);
    seen.add(name);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  for (const entry of entries) {
    const name = `upstander-${entry}.js`;
    if (!dynamic.has(name)) throw new Error(`The player bundle never imports ${name} on demand. Run "npm run build" first.`);
    visit(name);
  }
  return [...seen].sort();
}
