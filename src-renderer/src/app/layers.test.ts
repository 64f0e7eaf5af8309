// The layering is checked by lint (eslint.layers.js). These tests lint code that breaks each rule, as if it
// were in a real file of the layer, and expect the rule to refuse it; and code that keeps it, expecting
// no complaint. So a config change that silently stops checking fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Under CI=true typescript-eslint infers a one-off CLI run and parses files from disk, ignoring the text given
// here; these tests lint text that is not on disk, so that inference is turned off.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `parse: ${m.message}`);
}

describe('layer boundaries', { timeout: 60_000 }, () => {
  it('refuses an upward import: the domain reaching into the database', async () => {
    const ids = await ruleIds(
      'src-renderer/src/domain/time.ts',
      "import { appDb } from '../db/appDb';\nexport const db = appDb;\n",
    );
    expect(ids).toContain('boundaries/dependencies');
  });

  it('refuses a screen that imports the database', async () => {
    const ids = await ruleIds(
      'src-renderer/src/features/home/HomePage.tsx',
      "import { appDb } from '../../db/appDb';\nexport const db = appDb;\n",
    );
    expect(ids).toContain('boundaries/dependencies');
  });

  it("refuses a feature reaching into another feature's files instead of its index", async () => {
    const sideways = await ruleIds(
      'src-renderer/src/features/home/HomePage.tsx',
      "import { AttentionPanel } from '../rectification/AttentionPanel';\nexport const x = AttentionPanel;\n",
    );
    expect(sideways).toContain('boundaries/dependencies');
    const throughIndex = await ruleIds(
      'src-renderer/src/features/home/HomePage.tsx',
      "import { AttentionPanel } from '../rectification';\nexport const x = AttentionPanel;\n",
    );
    expect(throughIndex).not.toContain('boundaries/dependencies');
  });

  it('lets a command use the database and the domain', async () => {
    const ids = await ruleIds(
      'src-renderer/src/app/commands/activities.ts',
      "import { appDb } from '../../db/appDb';\nimport { addDays } from '../../domain/time';\nexport const x = [appDb, addDays];\n",
    );
    expect(ids).not.toContain('boundaries/dependencies');
  });
});

describe('the clock rule', { timeout: 60_000 }, () => {
  it('refuses reading the wall clock outside the composition root', async () => {
    const ids = await ruleIds(
      'src-renderer/src/features/home/HomePage.tsx',
      'export const a = Date.now();\nexport const b = new Date();\n',
    );
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
  });

  it('allows a date made from a given instant, and the clock in the composition root', async () => {
    expect(
      await ruleIds('src-renderer/src/domain/time.ts', 'export const d = (t: number) => new Date(t);\n'),
    ).not.toContain('no-restricted-syntax');
    expect(
      await ruleIds(
        'src-renderer/src/app/runtime/systemServices.ts',
        'export const now = () => Date.now();\n',
      ),
    ).not.toContain('no-restricted-syntax');
  });
});
