import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-renderer/src/**/*.test.ts', 'src-main/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src-renderer/src/test-setup.ts'],
    benchmark: { include: ['src-renderer/src/**/*.bench.ts'] },
  },
});
