// Entry point of dist/server.js, the program the VS Code client starts (`--node-ipc` or
// `--stdio`). The CLI's `entity-lens lsp --stdio` calls startServer from ./server instead:
// importing this file starts a server, which a bundle containing the CLI must not do on load.

import { isMainThread } from 'node:worker_threads';
import { isDatasetWorker, runDatasetWorker } from './datasetWorker';
import { startServer } from './server';

export { startServer };

// The same file runs the dataset parser thread (see datasetWorker.ts).
if (isDatasetWorker()) runDatasetWorker();
else if (isMainThread) startServer();
