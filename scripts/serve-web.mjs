// Serves the built renderer (out/renderer) on 127.0.0.1 so the app runs in a plain browser: for machines
// where the Electron binary cannot be downloaded, and for the Playwright journeys. Run `npm run web`.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  root: 'src-renderer',
  configFile: false,
  build: { outDir: '../out/renderer' },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
server.printUrls();
console.log('询评浏览器版已启动。在 Chromium 或 Chrome 中打开上面的地址；按 Ctrl+C 停止。');
