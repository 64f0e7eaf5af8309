// A Node module hook (module.register): `import ... from 'electron'` gets the recording stand-in
// instead of the real package, whose index.js would try to download the Electron binary.

const STAND_IN = new URL('./electron-stand-in.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
