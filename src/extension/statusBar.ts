// The status bar item: what Entity Lens is checking against, or why it checks nothing. Its text
// comes from the server's `entityLens/status` notification (see pure/statusText.ts).

import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { StatusParams } from '../server/protocol';
import { statusView, type ClientState } from './pure/statusText';

export function clientState(state: State): ClientState {
  switch (state) {
    case State.Running:
      return 'running';
    case State.Starting:
      return 'starting';
    default:
      return 'stopped';
  }
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('entityLens.status', vscode.StatusBarAlignment.Right, 100);
  private last: StatusParams | undefined;
  private state: ClientState = 'starting';

  constructor() {
    this.item.name = vscode.l10n.t('Entity Lens');
    this.item.command = 'entityLens.showOutput';
    this.render();
    this.item.show();
  }

  get status(): StatusParams | undefined {
    return this.last;
  }

  update(status: StatusParams): void {
    this.last = status;
    this.render();
  }

  setClientState(state: ClientState): void {
    this.state = state;
    // A new server instance reports its own status; until then the old one is out of date.
    if (state === 'starting') this.last = undefined;
    this.render();
  }

  private render(): void {
    const view = statusView(this.last, this.state, (message, ...args) => vscode.l10n.t(message, ...args));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.plain };
    this.item.backgroundColor =
      view.severity === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : view.severity === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
