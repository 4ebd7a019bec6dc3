// Entry point of dist/server.js, the program the VS Code client starts (`--node-ipc` or
// `--stdio`). The CLI's `entity-lens lsp --stdio` calls startServer from ./server instead:
// importing this file starts a server, which a bundle containing the CLI must not do on load.

import { isMainThread } from 'node:worker_threads';
import { runAsWorker } from '../node/workers';
import { startServer } from './server';

export { startServer };

// The same file runs the server's worker threads (see workers.ts).
if (!runAsWorker() && isMainThread) startServer();
