// Small statistics and timing helpers for the benchmark.
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

/** Milliseconds one call of `fn` takes; its result goes to a sink so nothing is optimised away. */
export let sink = 0;
export function timeMs(fn) {
  const t0 = performance.now();
  const r = fn();
  const ms = performance.now() - t0;
  sink = (sink + (typeof r === 'number' ? r : r ? 1 : 0)) | 0;
  return ms;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of a list. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1];
}

/** One figure: every sample kept, plus median, min and max. */
export function figure(name, unit, samples, description) {
  const finite = samples.filter((x) => Number.isFinite(x));
  return {
    name,
    unit,
    median: round(median(finite)),
    min: round(Math.min(...finite)),
    max: round(Math.max(...finite)),
    runs: finite.length,
    ...(description ? { description } : {}),
  };
}

export function round(x) {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const digits = a >= 100 ? 1 : a >= 1 ? 3 : 5;
  return Number(x.toFixed(digits));
}
