// What the status bar item says, from the server's `entityLens/status` notification and the
// state of the client. Text carries codicons; `plain` is the same without them (screen readers).

import type { StatusParams } from '../../server/protocol';
import type { Translate } from './lang';

export type ClientState = 'starting' | 'running' | 'stopped';

export interface StatusView {
  text: string;
  plain: string;
  tooltip: string;
  /** Background: `error` and `warning` use the theme's status-bar error/warning colours. */
  severity: 'normal' | 'warning' | 'error';
}

function entities(n: number, t: Translate): string {
  return n === 1 ? t('1 entity') : t('{0} entities', n);
}

function problems(n: number, t: Translate): string {
  return n === 1 ? t('1 problem') : t('{0} problems', n);
}

function view(icon: string, body: string, tooltip: string[], severity: StatusView['severity'], t: Translate): StatusView {
  const plain = t('Entity Lens: {0}', body);
  return { text: `$(${icon}) ${plain}`, plain, tooltip: tooltip.filter((l) => !!l).join('\n'), severity };
}

export function statusView(status: StatusParams | undefined, clientState: ClientState, t: Translate): StatusView {
  const click = t('Click to show the output.');
  if (clientState === 'stopped') {
    return view('error', t('server stopped'), [t('The Entity Lens language server is not running. Run “Entity Lens: Restart Language Server” to start it again.'), click], 'error', t);
  }
  if (!status) return view('sync~spin', t('starting…'), [t('Starting the Entity Lens language server.'), click], 'normal', t);

  const restricted = status.restricted ? t('Restricted Mode: only the bundled dataset is used; trust the workspace to load its datasets.') : '';
  const counts = [
    t('Entities: {0}', status.entities),
    t('Dataset problems: {0}', status.datasetProblems),
    t('Problems in notes: {0}', status.documentProblems),
    t('Files indexed: {0}', status.indexedFiles),
  ].join('\n');
  const tooltip = [status.message, restricted, counts, click];
  const shield = status.restricted ? ' · ' + t('Restricted Mode') : '';

  switch (status.state) {
    case 'loading':
      return view('sync~spin', t('loading datasets…'), tooltip, 'normal', t);
    case 'indexing':
      return view('sync~spin', t('indexing ({0} files)…', status.indexedFiles), tooltip, 'normal', t);
    case 'noDataset':
      return view('circle-slash', t('no dataset') + shield, tooltip, 'warning', t);
    case 'datasetErrors':
      return view('error', t('dataset errors ({0})', status.datasetProblems) + shield, tooltip, 'error', t);
    case 'ready':
    default: {
      const total = status.datasetProblems + status.documentProblems;
      return view(status.restricted ? 'shield' : 'book', `${entities(status.entities, t)} · ${problems(total, t)}${shield}`, tooltip, 'normal', t);
    }
  }
}
