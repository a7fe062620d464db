// Rollup plugin: one copy of @xapi/xapi (and of axios) in the lesson's xAPI/cmi5 chunks.
//
// @xapi/cmi5 1.4.0 publishes one pre-bundled ES module (dist/Cmi5.esm.js) that inlines its own
// copy of @xapi/xapi 2.x (with axios 1.6.3) and, beside it, axios 1.7.4 for a single POST to the
// cmi5 fetch URL. Rollup cannot deduplicate code that arrives inlined, so this plugin rewrites that
// one file while bundling:
//   - the inlined XAPI (`r = t(n.exports = (function(){…})())`) becomes an import of
//     @xapi/xapi/dist/XAPI.esm.js, the same module the xAPI sink imports;
//   - the fetch-URL POST uses that XAPI's axios (`XAPI.prototype.getAxios()`), so one HTTP stack
//     does all the work. (The second axios stays in the chunk as dead code: its top-level setup has
//     side effects rollup must keep. ~12 kB gzip, loaded only on a cmi5 launch.)
// The rewrite is structural (on the parsed AST) and the build fails loudly if the file does not
// have exactly the shape described here (for example after an upgrade of @xapi/cmi5).
const CMI5 = /[\\/]@xapi[\\/]cmi5[\\/]dist[\\/]Cmi5\.esm\.js$/;
const XAPI_IMPORT = '@xapi/xapi/dist/XAPI.esm.js';
const LOCAL = '__upstanderXAPI';

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, node));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** `t(n.exports = (function () { … })())`: a CommonJS-wrapped IIFE, the shape of the inlined XAPI. */
function isInlinedModule(init) {
  if (init?.type !== 'CallExpression' || init.arguments.length !== 1) return false;
  const assign = init.arguments[0];
  return (
    assign.type === 'AssignmentExpression' &&
    assign.left.type === 'MemberExpression' &&
    assign.left.property.name === 'exports' &&
    assign.right.type === 'CallExpression' &&
    assign.right.callee.type === 'FunctionExpression' &&
    assign.right.arguments.length === 0
  );
}

export function xapiSingleCopy() {
  return {
    name: 'upstander-xapi-single-copy',
    transform(code, id) {
      if (!CMI5.test(id)) return null;
      const ast = this.parse(code);
      const edits = [];
      const inlined = [];
      walk(ast, (node) => {
        if (node.type === 'VariableDeclarator' && isInlinedModule(node.init)) inlined.push(node);
      });
      if (inlined.length !== 1) this.error(`expected one inlined @xapi/xapi in ${id}, found ${inlined.length}: update packages/tracking/build/xapi-single-copy.mjs`);
      const xapi = inlined[0];
      edits.push({start: xapi.init.start, end: xapi.init.end, text: LOCAL});
      const posts = [];
      walk(ast, (node) => {
        if (node.type !== 'MethodDefinition' || node.key.name !== 'getAuthTokenFromLMS') return;
        walk(node.value.body, (inner) => {
          if (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && inner.callee.property.name === 'post') posts.push(inner.callee.object);
        });
      });
      if (posts.length !== 1) this.error(`expected one POST in getAuthTokenFromLMS in ${id}, found ${posts.length}: update packages/tracking/build/xapi-single-copy.mjs`);
      edits.push({start: posts[0].start, end: posts[0].end, text: `${LOCAL}.prototype.getAxios()`});
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return {code: `import ${LOCAL} from '${XAPI_IMPORT}';\n${out}`, map: null};
    },
  };
}
