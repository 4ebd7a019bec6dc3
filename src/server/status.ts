// The `entityLens/status` notification: what the server is doing, for the client's status bar.
// Sent whenever the state changes; counts that move during indexing are sent at most every
// 200 ms so a large workspace does not flood the client.

import { StatusNotification, type StatusParams } from './protocol';
import type { ServerState } from './state';
import { catchPromise } from './log';
import { severityOf } from './diagnostics';
import { t, type UiLang } from './localize';

const THROTTLE_MS = 200;

export class StatusReporter {
  private lastSent = '';
  private lastState: StatusParams['state'] | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly state: ServerState) {}

  /** Sends the status if it changed: at once when the state itself changed, else throttled. */
  update(): void {
    // The counts walk every indexed note: during indexing (an update every few files) only the
    // cheap state is compared now, and the counts are computed when the throttle fires.
    if (this.lastState === statusKind(this.state)) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.send(computeStatus(this.state));
      }, THROTTLE_MS);
      return;
    }
    this.send(computeStatus(this.state));
  }

  current(): StatusParams {
    return computeStatus(this.state);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private send(status: StatusParams): void {
    const json = JSON.stringify(status);
    if (json === this.lastSent) return;
    this.lastSent = json;
    this.lastState = status.state;
    catchPromise(this.state.connection.sendNotification(StatusNotification, status), this.state.log, 'sending entityLens/status');
  }
}

function statusKind(state: ServerState): StatusParams['state'] {
  const entities = state.service.dataset.entities.size;
  return state.phase === 'loading'
    ? 'loading'
    : state.phase === 'indexing'
      ? 'indexing'
      : entities === 0
        ? 'noDataset'
        : state.datasetProblems.some((p) => p.severity === 'error')
          ? 'datasetErrors'
          : 'ready';
}

export function computeStatus(state: ServerState): StatusParams {
  const stats = state.index.stats();
  const entities = state.service.dataset.entities.size;
  const kind = statusKind(state);
  const status: Omit<StatusParams, 'message'> = {
    state: kind,
    entities,
    datasetProblems: state.datasetProblems.length,
    documentProblems: shownNoteDiagnostics(state),
    indexedFiles: stats.files,
    restricted: !state.trusted,
  };
  return { ...status, message: statusMessage(status, state.lang) };
}

/** Diagnostics in notes as the user sees them: categories set to `ignore` do not count. */
function shownNoteDiagnostics(state: ServerState): number {
  let n = 0;
  for (const file of state.index.files()) {
    const diagnostics = state.index.get(file)?.diagnostics;
    if (!diagnostics || diagnostics.length === 0) continue;
    const severity = state.settingsFor(file).severity;
    for (const d of diagnostics) if (severityOf(d, severity) !== undefined) n++;
  }
  return n;
}

function statusMessage(s: Omit<StatusParams, 'message'>, lang: UiLang): string {
  let text: string;
  switch (s.state) {
    case 'loading':
      text = t(lang, 'Entity Lens: loading datasets…', 'Entity Lens：データセットを読み込み中…');
      break;
    case 'indexing':
      text = t(lang, `Entity Lens: indexing notes (${s.indexedFiles} so far)…`, `Entity Lens：ノートを索引中（${s.indexedFiles}件済み）…`);
      break;
    case 'noDataset':
      text = t(lang, 'Entity Lens: no dataset loaded, so no entities to recognise.', 'Entity Lens：データセットが読み込まれていないため、認識するエンティティがありません。');
      break;
    case 'datasetErrors':
      text = t(lang, `Entity Lens: ${s.entities} entities; problems in dataset files: ${s.datasetProblems}.`, `Entity Lens：エンティティ${s.entities}件、データセットの問題${s.datasetProblems}件。`);
      break;
    case 'ready':
      text = t(
        lang,
        `Entity Lens: ${s.entities} entities, ${s.indexedFiles} notes indexed, problems in notes: ${s.documentProblems}.`,
        `Entity Lens：エンティティ${s.entities}件、索引済みノート${s.indexedFiles}件、ノートの問題${s.documentProblems}件。`,
      );
      break;
  }
  if (s.restricted) text += t(lang, ' Restricted Mode: only the bundled dataset is used.', ' 制限モード：同梱データセットのみを使用しています。');
  return text;
}
