// The web console imports types only from this package.
export type { AppRouter, RouterInputs, RouterOutputs } from './router/index.js';
