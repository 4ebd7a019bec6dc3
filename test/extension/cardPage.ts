// media/entityCard.js in plain Node against a minimal fake DOM: elements made with createElement,
// text set with textContent; innerHTML, outerHTML, insertAdjacentHTML and document.write throw.
// Shared by the card script's tests and the hostile-content tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

export const SCRIPT = fs.readFileSync(path.join(__dirname, '..', '..', 'media', 'entityCard.js'), 'utf8');

export class FakeElement {
  children: FakeElement[] = [];
  className = '';
  lang = '';
  title = '';
  type = '';
  open = false;
  attributes: Record<string, string> = {};
  listeners: Record<string, Array<() => void>> = {};
  private text = '';
  constructor(readonly tagName: string) {}
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.children = [];
    this.text = String(value);
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must not be used');
  }
  set outerHTML(_: string) {
    throw new Error('outerHTML must not be used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML must not be used');
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  replaceChildren(): void {
    this.children = [];
    this.text = '';
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
  addEventListener(type: string, fn: () => void): void {
    (this.listeners[type] ??= []).push(fn);
  }
  click(): void {
    for (const fn of this.listeners['click'] ?? []) fn();
  }
  *all(): Generator<FakeElement> {
    yield this;
    for (const c of this.children) yield* c.all();
  }
  find(pred: (e: FakeElement) => boolean): FakeElement[] {
    return [...this.all()].filter(pred);
  }
}

/** The card page, loaded: its root element, what it posted, its saved state, and a way to send it messages. */
export function loadCardPage(savedState?: unknown) {
  const root = new FakeElement('main');
  const posted: unknown[] = [];
  let state = savedState;
  const windowListeners: Array<(e: { data: unknown }) => void> = [];
  const sandbox = {
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))), getState: () => state, setState: (s: unknown) => (state = s) }),
    document: {
      getElementById: (id: string) => (id === 'card' ? root : null),
      createElement: (tag: string) => new FakeElement(tag),
      write: () => {
        throw new Error('document.write must not be used');
      },
    },
    window: { addEventListener: (type: string, fn: (e: { data: unknown }) => void) => type === 'message' && windowListeners.push(fn) },
  };
  vm.runInNewContext(SCRIPT, sandbox, { filename: 'entityCard.js' });
  return { root, posted, state: () => state, send: (data: unknown) => windowListeners.forEach((fn) => fn({ data })) };
}
