// When the language server crashes, the client starts it again after a pause that doubles with
// each crash (1 s, 2 s, 4 s … at most 30 s), and gives up after too many crashes in a short time
// (a server that dies on start-up would otherwise restart forever). Pure: the clock is injected.

export interface RestartPolicyOptions {
  /** Crashes allowed within `windowMs` before giving up. */
  maxRestarts: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { maxRestarts: 5, windowMs: 3 * 60_000, baseDelayMs: 1000, maxDelayMs: 30_000 };

export type RestartDecision = { restart: true; delayMs: number; attempt: number } | { restart: false; crashes: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records a crash and says whether (and after how long) to restart. */
  onCrash(): RestartDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.options.windowMs);
    this.crashes.push(t);
    const n = this.crashes.length;
    if (n > this.options.maxRestarts) return { restart: false, crashes: n };
    const delayMs = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (n - 1));
    return { restart: true, delayMs, attempt: n };
  }

  /** Forgets past crashes (after a restart the user asked for). */
  reset(): void {
    this.crashes = [];
  }
}
