// Lint: TypeScript's recommended rules, Lit and web-component rules, lit-a11y for templates, and the
// package boundaries of docs/architecture.md as rules, so a wrong import fails `npm run lint` (and CI)
// instead of waiting for review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Which workspace packages each package may import (the graph runs one way). */
const GRAPH = {
  schema: [],
  curriculum: [],
  elements: ['schema'],
  tracking: ['schema'],
  player: ['schema', 'elements', 'tracking'],
  packager: ['schema', 'curriculum', 'player'],
  cli: ['schema', 'curriculum', 'packager', 'player', 'report'],
  report: ['schema', 'curriculum'],
};

/** Outside libraries only some packages may use: components never call SCORM or xAPI. */
const LIBRARIES = {
  lit: ['elements', 'player'],
  'scorm-again': ['cli'],
  '@xapi/xapi': ['tracking'],
  '@xapi/cmi5': ['tracking'],
};

const boundaries = Object.entries(GRAPH).map(([name, allowed]) => {
  const forbidden = Object.keys(GRAPH).filter((other) => other !== name && !allowed.includes(other));
  const libraries = Object.entries(LIBRARIES)
    .filter(([, users]) => !users.includes(name))
    .map(([library]) => library);
  return {
    files: [`packages/${name}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.map((other) => ({
              group: [`@upstander/${other}`, `@upstander/${other}/*`],
              message: `${name} may import only ${allowed.join(', ') || 'no other package'} (docs/architecture.md).`,
            })),
            ...libraries.map((library) => ({
              group: [library, `${library}/*`],
              message: `only ${LIBRARIES[library].join(', ')} may use ${library} (docs/architecture.md).`,
            })),
            {group: ['**/tests/**', '../../../*'], message: 'package code never imports test code or reaches outside its package.'},
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {ignores: ['**/node_modules/**', '**/dist/**', 'release/**', '**/*.d.mts', 'packages/*/custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {ecmaVersion: 2023, sourceType: 'module', globals: {...globals.browser, ...globals.node, ...globals.mocha}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'separate-type-imports', disallowTypeAnnotations: false}],
      'no-console': 'off',
      eqeqeq: ['error', 'always', {null: 'ignore'}],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'packages/player/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    // Headings take their level from an attribute through lit/static-html.js (`<${h2}>`), which these
    // two rules cannot read.
    files: ['packages/elements/src/**/*.ts', 'packages/player/src/**/*.ts'],
    rules: {'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off'},
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: {'lit-a11y': litA11y},
    // `<ol role="list">` is deliberate: Safari drops the list role of a list styled without bullets.
    rules: {...litA11y.configs.recommended.rules, 'lit-a11y/no-redundant-role': 'off'},
  },
  ...boundaries,
  {
    // Pure rules: no DOM, so the CLI, the packager and the coming report can use them in Node.
    files: ['packages/schema/src/**/*.ts', 'packages/curriculum/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements'].map((name) => ({name, message: 'schema and curriculum are pure: no DOM.'}))],
    },
  },
  {
    // Elements are registered only through elements/src/internal/define.ts: defining twice is a no-op.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/elements/src/internal/define.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='lit/decorators.js'] > ImportSpecifier[imported.name='customElement']",
          message: "Use customElement from elements/src/internal/define.ts (guarded: defining twice is a no-op), not Lit's.",
        },
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: 'Register elements through define() of elements/src/internal/define.ts (defining twice is a no-op).',
        },
      ],
    },
  },
  {
    files: ['bench/probe.js'],
    languageOptions: {globals: {__BENCH_CONFIG__: 'readonly'}},
  },
  {
    files: ['**/test/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {'@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
