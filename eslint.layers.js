// The renderer's layers, checked by lint (architecture.md): arrows point down only.
//   app/root → everything; features → app/runtime, app/queries, app/commands, ui, domain;
//   app/commands → db, documents, spreadsheets, rendering, platform, domain; db → domain; domain → nothing else.
//   rendering (the document worker and its client) → documents, spreadsheets, domain; app/runtime holds its client.
// A feature reaches another feature only through its index.ts. Tests and testing helpers are exempt.
import boundaries from 'eslint-plugin-boundaries';

const R = 'src-renderer/src';

const elements = [
  { type: 'app-root', pattern: `${R}/app/root`, mode: 'folder' },
  { type: 'app-runtime', pattern: `${R}/app/runtime`, mode: 'folder' },
  { type: 'app-queries', pattern: `${R}/app/queries`, mode: 'folder' },
  { type: 'app-commands', pattern: `${R}/app/commands`, mode: 'folder' },
  { type: 'feature', pattern: `${R}/features/*`, mode: 'folder', capture: ['family'] },
  { type: 'ui', pattern: `${R}/ui`, mode: 'folder' },
  { type: 'documents', pattern: `${R}/documents`, mode: 'folder' },
  { type: 'spreadsheets', pattern: `${R}/spreadsheets`, mode: 'folder' },
  { type: 'rendering', pattern: `${R}/rendering`, mode: 'folder' },
  { type: 'db', pattern: `${R}/db`, mode: 'folder' },
  { type: 'platform', pattern: `${R}/platform`, mode: 'folder' },
  { type: 'domain', pattern: `${R}/domain`, mode: 'folder' },
  { type: 'contract', pattern: 'src-main/contract.ts', mode: 'file' },
];

/** Which layers each layer may import. */
export const allowedImports = {
  'app-root': [
    'app-root',
    'app-runtime',
    'app-queries',
    'app-commands',
    'feature',
    'ui',
    'db',
    'platform',
    'domain',
  ],
  'app-runtime': ['app-runtime', 'ui', 'db', 'platform', 'rendering', 'domain', 'contract'],
  'app-queries': ['app-queries', 'app-runtime', 'db', 'domain'],
  'app-commands': [
    'app-commands',
    'app-runtime',
    'db',
    'documents',
    'spreadsheets',
    'rendering',
    'platform',
    'domain',
    'contract',
  ],
  // Another feature only through its index.ts (files of the same feature are the feature's own business).
  feature: [
    { type: 'feature', fileInternalPath: 'index.ts' },
    'app-runtime',
    'app-queries',
    'app-commands',
    'ui',
    'domain',
  ],
  ui: ['ui', 'domain'],
  documents: ['documents', 'domain'],
  spreadsheets: ['spreadsheets', 'domain'],
  // The Web Worker that makes Word and Excel files, and its client: the builders run behind services.documents.
  rendering: ['rendering', 'documents', 'spreadsheets', 'domain'],
  db: ['db', 'domain'],
  platform: ['platform', 'domain', 'contract'],
  domain: ['domain'],
};

export const layerBoundaries = [
  {
    files: [`${R}/**/*.{ts,tsx}`],
    ignores: [`${R}/**/*.test.{ts,tsx}`, `${R}/**/*.bench.ts`, `${R}/**/testing/**`],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': [`${R}/**/*`, 'src-main/contract.ts'],
      'boundaries/legacy-warnings': false,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import ${dependency.type} (architecture.md: arrows point down only)',
          rules: Object.entries(allowedImports).map(([from, allow]) => ({ from: [from], allow })),
        },
      ],
      // docx, exceljs, recharts and the backup library are large: only the layers that need them import
      // them, and the commands load those layers on demand, so the console and projector never do.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Screens read live queries and call commands; only db/ talks to Dexie.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [`${R}/{db,app}/**/*.{ts,tsx}`, `${R}/**/*.test.{ts,tsx}`, `${R}/**/testing/**`],
    rules: { 'no-restricted-imports': 'off' },
  },
];

/** Only the composition root reads the wall clock; everything else is given the time. */
export const clockRule = {
  files: ['src-renderer/src/**/*.{ts,tsx}'],
  ignores: [
    'src-renderer/src/app/runtime/systemServices.ts',
    'src-renderer/src/**/*.test.{ts,tsx}',
    'src-renderer/src/**/*.bench.ts',
    'src-renderer/src/**/testing/**',
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message:
          "Read the time from the clock service (useNow, or the command's services.clock), not Date.now().",
      },
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message:
          "Read the time from the clock service (useNow, or the command's services.clock), not new Date().",
      },
      {
        selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
        message: 'Read the time from the clock service, not performance.now().',
      },
    ],
  },
};
