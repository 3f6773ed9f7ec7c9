import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the console runs on Vite and sends API calls to the server of `pnpm dev` (port 3000).
const apiTarget = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': apiTarget, '/healthz': apiTarget },
  },
  build: { sourcemap: true },
});
