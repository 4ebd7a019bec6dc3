// Entry point of dist/server.js, the program the VS Code client starts (`--node-ipc` or
// `--stdio`). The CLI's `entity-lens lsp --stdio` calls startServer from ./server instead
// (from this bundle, dist/server.js, when it runs as dist/cli.js).

import { isMainThread } from 'node:worker_threads';
import { runAsWorker } from '../node/workers';
import { startServer } from './server';

export { startServer };

// The same file runs the server's worker threads (see workers.ts). Required by the CLI for
// `entity-lens lsp` (dist/cli.js loads it then), it starts nothing itself: the CLI does.
if (!runAsWorker() && isMainThread && require.main === module) startServer();
