// The app version the build stamps in (electron.vite.config.ts defines __APP_VERSION__ from
// package.json). Unit tests run without the define, hence the fallback.

declare const __APP_VERSION__: string | undefined;

export function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
}
