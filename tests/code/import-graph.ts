// The import graph of the packages' source (packages/*/src): every static, type-only, re-export and
// dynamic import between our own files, resolved as Node and rollup resolve them (relative paths,
// and `@upstander/<package>[/<entry>]` through the package's `exports`). Used by import-cycles.test.ts.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';

/** Every .ts file under `dir`, without tests, builds and declaration files. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The specifiers a file imports: `import … from`, `export … from`, `import '…'` and `import('…')`. */
export function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const pattern of patterns) for (const match of withoutComments.matchAll(pattern)) out.push(match[1]!);
  return out;
}

/** The file a specifier names, or undefined when it is outside our packages (lit, zod, node:…). */
function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier);
    for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  }
  const match = /^@upstander\/([^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return undefined;
  const dir = join(root, 'packages', match[1]!);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {exports?: Record<string, string | Record<string, string>>};
  const entry = manifest.exports?.[`.${match[2] ?? ''}`];
  const target = typeof entry === 'string' ? entry : (entry?.['import'] ?? entry?.['default']);
  return target ? resolve(dir, target) : undefined;
}

/** Edges from each source file (relative to `root`) to the source files it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(join(root, 'packages')).flatMap((pkg) => {
    const src = join(root, 'packages', pkg, 'src');
    return existsSync(src) ? sources(src) : [];
  });
  for (const file of files) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((s) => resolveSpecifier(root, file, s))
      .filter((t): t is string => t !== undefined && t.endsWith('.ts'));
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

/** The import circles: strongly connected components of more than one file (or a file that imports itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) out.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return out;
}
