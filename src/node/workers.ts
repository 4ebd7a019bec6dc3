// The bundles (dist/server.js, dist/cli-main.js) are also the programs of the server's worker threads:
// an entry point calls runAsWorker() first and starts a server or the CLI only when it says no.

import { isAnalysisWorker, runAnalysisWorker } from './analysisPool';
import { isDatasetWorker, runDatasetWorker } from './datasetWorker';

/** Runs this thread's worker loop if it is one of the server's workers; true if it did. */
export function runAsWorker(): boolean {
  if (isDatasetWorker()) runDatasetWorker();
  else if (isAnalysisWorker()) runAnalysisWorker();
  else return false;
  return true;
}
