// Loads one of the project's TypeScript modules in plain Node (Vite's module runner), for the bench scripts.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The module at `path` (relative to the repository root). */
export async function importTs(path) {
  const { module } = await runnerImport(`${ROOT}${path}`, {
    configFile: false,
    root: ROOT,
    logLevel: 'error',
  });
  return module;
}
