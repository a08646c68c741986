import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@yilin/contracts/schemas': `${workspace}/libs/contracts/src/schemas/index.ts`,
      '@yilin/contracts': `${workspace}/libs/contracts/src/index.ts`,
      '@yilin/form-validation': `${workspace}/libs/form-validation/src/index.ts`,
      '@web': `${root}/src`,
    },
  },
  build: { outDir: `${workspace}/dist/apps/web`, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
});
