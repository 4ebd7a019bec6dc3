// Mutation generator over the realprose corpus (../shared/realprose, outside this repository):
// value-edited versions of real sentences that state a dataset fact correctly, each edit expected
// to make the sentence contradict the dataset on that entity and property.
//
// This is the truth side of a test. It reads the corpus's truth.json and the dataset YAML
// directly and never runs or imports Entity Lens (nothing from src/), so the expectation does not
// depend on the tool it judges. Where the value cannot be located unambiguously the fact is
// skipped with a reason; nothing is guessed.
//
// Choices, in short:
// - source facts: verdict agrees / agrees-approx, the entity has a dataset fact for exactly that
//   property, and the property is a quantity, date, money or entity property (text is skipped);
// - the value is searched only inside the fact's snippet on its line (all pieces of a snippet
//   elided with "…"); when the snippet occurs twice on the line the first occurrence is edited;
// - numbers and money: one up (+25%, else +50% or ×2) and one down (−25%, else −40% or −50%), the
//   first that stays 20% away from every quantity the entity holds in that unit (personnel 240 →
//   360, not 300 next to the planned 280); same digit width, comma grouping and decimals; "about",
//   "約" and units lie outside the span; "more than X" only goes up, "up to X" only down;
// - dates: one year shift and one month shift where the expression has those parts and the
//   dataset value has that precision, by default one earlier (a later date can still satisfy
//   "by March 2025"; after "since/after/以降" one later); 令和 years move with the Western year;
//   day-only expressions (30日, 今月24日) get the day moved by 5 when the dataset has a day;
// - persons: another dataset person who is never a value of the property, and an invented name,
//   both in the surface's form (full, family-first, surname, with middle initial, katakana);
// - organisations / places: another dataset entity of the same type that is not a value, not a
//   part or parent of a value (a small containment table below) and, by preference, a close
//   analogue (在日米軍 → 在韓米軍, Air SDF → Ground SDF).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface RealproseCorpus {
  dir: string;
  truth: any;
  texts: Map<string, string>;
}

/** ../shared/realprose relative to the repository root. */
export function realproseDir(): string {
  return path.join(__dirname, '..', '..', '..', 'shared', 'realprose');
}

/** undefined when ../shared/realprose is absent (a user's clone). */
export function loadRealprose(dir: string = realproseDir()): RealproseCorpus | undefined {
  const truthPath = path.join(dir, 'truth.json');
  if (!fs.existsSync(truthPath)) return undefined;
  const truth = JSON.parse(fs.readFileSync(truthPath, 'utf8'));
  const texts = new Map<string, string>();
  for (const file of Object.keys(truth?.files ?? {}).sort()) {
    const p = path.join(dir, 'texts', file);
    if (fs.existsSync(p)) texts.set(file, fs.readFileSync(p, 'utf8'));
  }
  return { dir, truth, texts };
}

export type ValueKind = 'number' | 'date' | 'money' | 'person-dataset' | 'person-outside' | 'organization' | 'place';

export interface MutationCase {
  file: string;
  line: number;
  lang: 'en' | 'ja';
  entity: string;
  property: string;
  kind: ValueKind;
  form: string;
  start: number;
  end: number;
  from: string;
  to: string;
  text: string;
  /** How the value was changed: '+50%', 'year-1', 'month-1', 'day-5', 'person:gen-nakatani', 'outside:Yamada', 'organization:usfk'… */
  change?: string;
  /** Numeric value before and after, for number and money cases (minutes for durations). */
  values?: { from: number; to: number };
  /** Anything a reader of the case should know (another value of a multi-valued property stays in the sentence…). */
  note?: string;
}

export interface SkippedFact {
  file: string;
  line: number;
  entity: string;
  property: string;
  why: string;
}

/** `file:line` of truth facts a checker may legitimately flag in the unedited texts. */
export function expectedConflictLines(corpus: RealproseCorpus): Set<string> {
  const out = new Set<string>();
  for (const [file, f] of Object.entries<any>(corpus.truth?.files ?? {})) {
    for (const fact of f.facts ?? []) {
      if (fact.expectConflict === true || fact.expectConflict === 'temporal') out.add(`${file}:${fact.line}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dataset
// ---------------------------------------------------------------------------------------------

interface DsEntity {
  id: string;
  type: string;
  label: { en?: string; ja?: string };
  aliases: { en: string[]; ja: string[] };
  facts: Array<{ property: string; value: unknown }>;
}

interface Dataset {
  props: Map<string, { type: string; unit?: string; family?: string; multiple?: boolean }>;
  entities: Map<string, DsEntity>;
  /** Entity ids in dataset order. */
  order: string[];
}

function readDataset(yamlText: string): Dataset {
  const doc = parseYaml(yamlText) as any;
  const props = new Map<string, { type: string; unit?: string; family?: string; multiple?: boolean }>();
  for (const [name, p] of Object.entries<any>(doc?.properties ?? {})) props.set(name, { type: String(p?.type), unit: p?.unit, family: p?.family, multiple: p?.multiple === true });
  const entities = new Map<string, DsEntity>();
  const order: string[] = [];
  for (const e of doc?.entities ?? []) {
    if (!e || typeof e.id !== 'string') continue;
    const names = (lang: 'en' | 'ja'): string[] => (e.aliases?.[lang] ?? []).map((a: any) => (typeof a === 'string' ? a : a?.text)).filter((a: unknown): a is string => typeof a === 'string');
    entities.set(e.id, {
      id: e.id,
      type: String(e.type),
      label: { en: e.labels?.en, ja: e.labels?.ja },
      aliases: { en: names('en'), ja: names('ja') },
      facts: (e.facts ?? []).map((f: any) => ({ property: String(f?.property), value: f?.value })),
    });
    order.push(e.id);
  }
  return { props, entities, order };
}

function valuesOf(e: DsEntity, property: string): unknown[] {
  return e.facts.filter((f) => f.property === property).flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]));
}

/**
 * A relation with several values at once (participants, subject, commands): declared
 * `multiple: true`, or given as a list anywhere in the dataset. The corpus's truth policy calls
 * "another value" of such a relation compatible, not a contradiction.
 */
function isMultiValued(ds: Dataset, property: string): boolean {
  if (ds.props.get(property)?.multiple) return true;
  for (const e of ds.entities.values()) if (e.facts.some((f) => f.property === property && Array.isArray(f.value))) return true;
  return false;
}

function entityRefs(values: unknown[]): string[] {
  const ids: string[] = [];
  for (const v of values) {
    const id = (v as any)?.entity;
    if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

// World knowledge about the bundled dataset's ids: what lies inside or under what. A swap to a
// parent or a part of the value ("Okinawa" for Henoko, "Japan Self-Defense Forces" for the JASDF,
// the Pentagon above INDOPACOM) would not contradict it, so those are never chosen. The
// dataset's own reportsTo facts are added to this table at run time.
const PARENTS: Record<string, string[]> = {
  ichigaya: ['tokyo'],
  'akasaka-press-center': ['tokyo'],
  henoko: ['okinawa'],
  futenma: ['okinawa'],
  'futenma-replacement-facility': ['henoko'],
  jsdf: ['jmod'],
  jgsdf: ['jsdf'],
  jmsdf: ['jsdf'],
  jasdf: ['jsdf'],
  'joint-staff': ['jmod'],
  'maritime-staff-office': ['jmsdf'],
  'north-kanto-defense-bureau': ['jmod'],
  'ground-component-command': ['jgsdf'],
  'self-defense-fleet': ['jmsdf'],
  'air-defense-command': ['jasdf'],
  'cyber-defense-command': ['jsdf'],
  'space-operations-group': ['jasdf'],
  jjoc: ['jmod'],
  indopacom: ['pentagon'],
  usfj: ['indopacom'],
  usfk: ['indopacom'],
};

function parentMap(ds: Dataset): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  const add = (child: string, parent: string) => {
    if (!m.has(child)) m.set(child, new Set());
    m.get(child)!.add(parent);
  };
  for (const [c, ps] of Object.entries(PARENTS)) for (const p of ps) add(c, p);
  for (const e of ds.entities.values()) for (const id of entityRefs(valuesOf(e, 'reportsTo'))) add(e.id, id);
  return m;
}

function closure(start: string, next: (id: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...next(start)];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...next(id));
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Narrow by each preference in turn (a preference nobody meets is dropped), then pick by hash. */
function choose<T>(items: T[], prefs: Array<(t: T) => boolean>, key: string): T | undefined {
  let pool = items;
  for (const p of prefs) {
    const f = pool.filter(p);
    if (f.length) pool = f;
  }
  return pool.length ? pool[fnv1a(key) % pool.length] : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FW0 = 0xff10;
const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FW0 + 48));
const toFullWidthDigits = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 48 + FW0));
const isFullWidth = (s: string) => /[０-９]/.test(s);
const hasLatin = (s: string) => /[A-Za-z]/.test(s);
const hasCjk = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Documents, facts, snippets
// ---------------------------------------------------------------------------------------------

interface Doc {
  file: string;
  text: string;
  lang: 'en' | 'ja';
  lines: string[];
  offsets: number[];
  truth: any;
}

function makeDoc(file: string, text: string, truth: any): Doc {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let o = 0;
  for (const l of lines) {
    offsets.push(o);
    o += l.length + 1;
  }
  const lang = truth?.language === 'ja' || (truth?.language !== 'en' && /-ja\./.test(file)) ? 'ja' : 'en';
  return { file, text, lang, lines, offsets, truth };
}

interface Region {
  start: number;
  end: number;
  count: number;
}

/** Where the snippet sits on the line: all its "…"-separated pieces, in order. */
function locateSnippet(line: string, snippet: string): Region | undefined {
  const pieces = String(snippet ?? '')
    .split('…')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (!pieces.length) return undefined;
  const regions: Array<{ start: number; end: number }> = [];
  for (const first of occurrences(line, pieces[0]!)) {
    let pos = first + pieces[0]!.length;
    let ok = true;
    for (const p of pieces.slice(1)) {
      const j = line.indexOf(p, pos);
      if (j < 0) {
        ok = false;
        break;
      }
      pos = j + p.length;
    }
    if (ok) regions.push({ start: first, end: pos });
  }
  if (!regions.length) return undefined;
  return { ...regions[0]!, count: regions.length };
}

interface Ctx {
  doc: Doc;
  ds: Dataset;
  parents: Map<string, Set<string>>;
  fact: any;
  line: string;
  region: Region;
  values: unknown[];
  key: string;
}

type Outcome = { cases: MutationCase[]; why?: undefined } | { cases?: undefined; why: string };

function makeCase(ctx: Ctx, kind: ValueKind, start: number, end: number, to: string, extra: Partial<MutationCase> = {}): MutationCase {
  const { doc, fact, line } = ctx;
  const abs = doc.offsets[fact.line - 1]! + start;
  const note = [ctx.region.count > 1 ? `the snippet occurs ${ctx.region.count} times on the line; the first is edited` : undefined, extra.note].filter(Boolean).join('; ');
  return {
    file: doc.file,
    line: fact.line,
    lang: doc.lang,
    entity: fact.entity,
    property: fact.property,
    kind,
    form: String(fact.form ?? ''),
    start,
    end,
    from: line.slice(start, end),
    to,
    text: doc.text.slice(0, abs) + to + doc.text.slice(abs + (end - start)),
    ...extra,
    ...(note ? { note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers (quantities) and money
// ---------------------------------------------------------------------------------------------

interface NumToken {
  start: number;
  end: number;
  text: string;
  value: number;
  sep?: string;
  decimals: number;
  decimalMark: string;
  fw: boolean;
}

const NUM_RE = /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?/g;

function scanNumbers(line: string): NumToken[] {
  const out: NumToken[] = [];
  for (const m of line.matchAll(NUM_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/[0-9０-９.．,，]/.test(line[start - 1] ?? '') || /[0-9０-９]/.test(line[end] ?? '')) continue;
    out.push(parseNumToken(m[0], start));
  }
  return out;
}

function parseNumToken(text: string, start: number): NumToken {
  const ascii = toAsciiDigits(text);
  const sep = /[,，]/.exec(text)?.[0];
  const dm = /[.．]/.exec(text)?.[0] ?? '.';
  const plain = ascii.replace(/[,，]/g, '').replace('．', '.');
  const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  return { start, end: start + text.length, text, value: Number(plain), sep, decimals, decimalMark: dm, fw: isFullWidth(text) };
}

function formatLike(n: number, like: NumToken): string {
  let s = n.toFixed(like.decimals);
  let [int, frac] = s.split('.') as [string, string | undefined];
  if (like.sep && int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, like.sep);
  s = frac !== undefined ? `${int}${like.decimalMark}${frac}` : int;
  return like.fw ? toFullWidthDigits(s) : s;
}

const farFromAll = (n: number, refs: number[]) => refs.every((r) => r !== 0 && Math.abs(n - r) / Math.abs(r) >= 0.2);

/** Up and down replacements ≥20% away from every reference value (and from the original). */
function scaledValues(orig: number, decimals: number, refs: number[], dirs: Array<'up' | 'down'>): Array<{ dir: 'up' | 'down'; value: number; factor: number }> {
  const out: Array<{ dir: 'up' | 'down'; value: number; factor: number }> = [];
  const factors = { up: [1.25, 1.5, 2], down: [0.75, 0.6, 0.5] };
  for (const dir of dirs) {
    for (const f of factors[dir]) {
      const v = Number((orig * f).toFixed(decimals));
      if (v > 0 && v !== orig && farFromAll(v, [...refs, orig])) {
        out.push({ dir, value: v, factor: f });
        break;
      }
    }
  }
  return out;
}

/** "more than 240" may only go up, "up to 240" only down. */
function boundDirs(line: string, start: number, end: number): Array<'up' | 'down'> {
  const before = line.slice(Math.max(0, start - 24), start);
  const after = line.slice(end, end + 6);
  if (/\b(more than|over|at least|upwards of|in excess of)\s*$/i.test(before) || /^[人名件億万円]*(以上|超|余り|あまり)/.test(after)) return ['up'];
  if (/\b(less than|fewer than|up to|under|at most|no more than)\s*$/i.test(before) || /^[人名件億万円]*(以下|未満|まで)/.test(after)) return ['down'];
  return ['up', 'down'];
}

function quantityRefs(ctx: Ctx, unit: string | undefined): number[] {
  // every quantity of the entity in the same unit: a replacement must be far from all of them
  const e = ctx.ds.entities.get(ctx.fact.entity)!;
  const refs: number[] = [];
  for (const f of e.facts) {
    const p = ctx.ds.props.get(f.property);
    if (p?.type !== 'quantity' || (p.unit ?? '') !== (unit ?? '')) continue;
    for (const v of Array.isArray(f.value) ? f.value : [f.value]) if (typeof (v as any)?.amount === 'number') refs.push((v as any).amount);
  }
  return refs;
}

function numberCases(ctx: Ctx): Outcome {
  const prop = ctx.ds.props.get(ctx.fact.property)!;
  const amounts = ctx.values.map((v) => (v as any)?.amount).filter((a): a is number => typeof a === 'number');
  if (!amounts.length) return { why: 'dataset value: no amount' };
  if (prop.unit === 'minutes') return durationCases(ctx, amounts);
  const inRegion = scanNumbers(ctx.line).filter((t) => t.start >= ctx.region.start && t.end <= ctx.region.end);
  const hits = inRegion.filter((t) => amounts.includes(t.value));
  if (!hits.length) return { why: `number not found: no ${amounts.join('/')} in the snippet` };
  if (hits.length > 1) return { why: `ambiguous: ${amounts.join('/')} occurs ${hits.length} times in the snippet` };
  const t = hits[0]!;
  const refs = quantityRefs(ctx, prop.unit);
  const cases = scaledValues(t.value, t.decimals, refs, boundDirs(ctx.line, t.start, t.end)).map((s) =>
    makeCase(ctx, 'number', t.start, t.end, formatLike(s.value, t), {
      change: `${s.dir === 'up' ? '+' : '-'}${Math.round(Math.abs(s.factor - 1) * 100)}%`,
      values: { from: t.value, to: s.value },
    }),
  );
  return cases.length ? { cases } : { why: 'no replacement 20% away from every dataset quantity' };
}

const D = '[0-9０-９]';

/** Durations in minutes: 1時間20分, 85分, 1 hour 20 minutes, 85 minutes. */
function durationCases(ctx: Ctx, amounts: number[]): Outcome {
  const approx = ctx.fact.verdict === 'agrees-approx';
  const re = new RegExp(`(?<h>${D}+)時間(?:(?<m>${D}+)分)?|(?<m2>${D}+)分(?!の)|(?<h3>\\d+)\\s*hours?(?:\\s*(?:and\\s*)?(?<m3>\\d+)\\s*minutes?)?|(?<m4>\\d+)\\s*minutes?`, 'gd');
  const hits: Array<{ start: number; end: number; total: number; h?: [number, number, string]; m?: [number, number, string] }> = [];
  for (const m of ctx.line.matchAll(re)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (s < ctx.region.start || e > ctx.region.end || /[0-9０-９]/.test(ctx.line[s - 1] ?? '')) continue;
    const g = m.groups!;
    const idx = (m as any).indices.groups as Record<string, [number, number] | undefined>;
    const hName = g.h !== undefined ? 'h' : g.h3 !== undefined ? 'h3' : undefined;
    const mName = g.m !== undefined ? 'm' : g.m2 !== undefined ? 'm2' : g.m3 !== undefined ? 'm3' : g.m4 !== undefined ? 'm4' : undefined;
    const hv = hName ? Number(toAsciiDigits(g[hName]!)) : 0;
    const mv = mName ? Number(toAsciiDigits(g[mName]!)) : 0;
    hits.push({
      start: s,
      end: e,
      total: hv * 60 + mv,
      h: hName ? [idx[hName]![0], idx[hName]![1], g[hName]!] : undefined,
      m: mName ? [idx[mName]![0], idx[mName]![1], g[mName]!] : undefined,
    });
  }
  const matching = hits.filter((h) => amounts.some((a) => h.total === a || (approx && Math.abs(h.total - a) / a <= 0.1)));
  if (!matching.length) return { why: `number not found: no duration equal to ${amounts.join('/')} minutes${approx ? ' (±10%)' : ''} in the snippet` };
  if (matching.length > 1) return { why: `ambiguous: ${matching.length} durations in the snippet` };
  const h = matching[0]!;
  const refs = [...amounts, h.total];
  const cases: MutationCase[] = [];
  const rewrite = (field: [number, number, string], value: number) => {
    const text = ctx.line.slice(h.start, field[0]) + (isFullWidth(field[2]) ? toFullWidthDigits(String(value)) : String(value)) + ctx.line.slice(field[1], h.end);
    return text;
  };
  if (h.h) {
    // hours ±1 keeps the form "X時間Y分"
    for (const dh of [1, -1]) {
      const hv = Number(toAsciiDigits(h.h[2])) + dh;
      const total = h.total + dh * 60;
      if (hv < 1 || !farFromAll(total, refs)) continue;
      cases.push(makeCase(ctx, 'number', h.start, h.end, rewrite(h.h, hv), { change: `${dh > 0 ? '+' : '-'}1 hour`, values: { from: h.total, to: total } }));
    }
  } else if (h.m) {
    for (const s of scaledValues(h.total, 0, amounts, boundDirs(ctx.line, h.start, h.end))) {
      cases.push(makeCase(ctx, 'number', h.start, h.end, rewrite(h.m, s.value), { change: `${s.dir === 'up' ? '+' : '-'}${Math.round(Math.abs(s.factor - 1) * 100)}%`, values: { from: h.total, to: s.value } }));
    }
  }
  return cases.length ? { cases } : { why: 'no duration replacement 20% away in the same form' };
}

interface MoneyToken {
  start: number;
  end: number;
  num: NumToken;
  value: number;
  currency: 'JPY' | 'USD';
  scale: number;
}

const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const JA_SCALE: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** Money amounts: $71.2 million, 10.5 billion yen, ¥1,000, 105億円, 7120万ドル. Compound 1兆500億円 is not parsed. */
export function scanMoney(line: string): MoneyToken[] {
  const out: MoneyToken[] = [];
  const en = /(?<pre>US\$|\$|¥|￥|USD\s?|JPY\s?)?(?<num>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|trillion))?(?:\s(?<cur>yen|dollars?|USD|JPY))?/dgi;
  for (const m of line.matchAll(en)) {
    const g = m.groups!;
    const cur = g.pre ?? g.cur;
    if (!cur) continue;
    const s = m.index!;
    if (/[0-9.,]/.test(line[s - 1] ?? '')) continue;
    const currency = /yen|¥|￥|JPY/i.test(cur) ? 'JPY' : 'USD';
    const [ns] = (m as any).indices.groups.num as [number, number];
    const num = parseNumToken(g.num!, ns);
    const scale = g.scale ? EN_SCALE[g.scale.toLowerCase()]! : 1;
    out.push({ start: s, end: s + m[0].length, num, value: num.value * scale, currency, scale });
  }
  const ja = new RegExp(`(?<num>${D}+(?:[,，]${D}{3})*(?:[.．]${D}+)?)(?<scale>兆|億|万)?(?<cur>円|米ドル|ドル)`, 'dg');
  for (const m of line.matchAll(ja)) {
    const g = m.groups!;
    const s = m.index!;
    if (/[0-9０-９.．,，兆億万]/.test(line[s - 1] ?? '')) continue;
    const [ns] = (m as any).indices.groups.num as [number, number];
    const num = parseNumToken(g.num!, ns);
    const scale = g.scale ? JA_SCALE[g.scale]! : 1;
    out.push({ start: s, end: s + m[0].length, num, value: num.value * scale, currency: g.cur === '円' ? 'JPY' : 'USD', scale });
  }
  return out;
}

function moneyCases(ctx: Ctx): Outcome {
  const vals = ctx.values.filter((v) => typeof (v as any)?.amount === 'number') as Array<{ amount: number; currency?: string }>;
  if (!vals.length) return { why: 'dataset value: no amount' };
  const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;
  const hits = scanMoney(ctx.line).filter((t) => t.start >= ctx.region.start && t.end <= ctx.region.end && vals.some((v) => same(t.value, v.amount) && (!v.currency || v.currency === t.currency)));
  if (!hits.length) return { why: `money not found: no ${vals.map((v) => `${v.amount} ${v.currency ?? ''}`.trim()).join(' / ')} in the snippet` };
  if (hits.length > 1) return { why: `ambiguous: ${hits.length} matching amounts in the snippet` };
  const t = hits[0]!;
  const refs = vals.filter((v) => !v.currency || v.currency === t.currency).map((v) => v.amount / t.scale);
  const cases = scaledValues(t.num.value, t.num.decimals, refs, boundDirs(ctx.line, t.start, t.end)).map((s) =>
    makeCase(ctx, 'money', t.num.start, t.num.end, formatLike(s.value, t.num), {
      change: `${s.dir === 'up' ? '+' : '-'}${Math.round(Math.abs(s.factor - 1) * 100)}%`,
      values: { from: t.value, to: s.value * t.scale },
    }),
  );
  return cases.length ? { cases } : { why: 'no replacement 20% away in the same style' };
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

interface DateField {
  kind: 'year' | 'era' | 'month' | 'day';
  start: number;
  end: number;
  text: string;
  value: number;
}

export interface DateExpr {
  start: number;
  end: number;
  text: string;
  fields: DateField[];
  year?: number;
  month?: number;
  day?: number;
  era?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_ALT = `(?<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![A-Za-z])))`;
const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

const DATE_PATTERNS: Array<{ re: RegExp; lang: 'en' | 'ja' }> = [
  { lang: 'ja', re: new RegExp(`(?<y>${D}{4})年[ 　]*(?:[（(]?[ 　]*(?<era>令和|平成|昭和)(?<ey>${D}{1,2}|元)年[ 　]*[）)]?[ 　]*)?(?:(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?)?`, 'yd') },
  { lang: 'ja', re: new RegExp(`(?<era>令和|平成|昭和)(?<ey>${D}{1,2}|元)(?:[（(](?<y>${D}{4})[）)])?年[ 　]*(?:[（(](?<y2>${D}{4})年?[）)][ 　]*)?(?:(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?)?`, 'yd') },
  { lang: 'ja', re: new RegExp(`(?<m>${D}{1,2})月(?:(?<d>${D}{1,2})日)?`, 'yd') },
  { lang: 'ja', re: new RegExp(`(?<d>${D}{1,2})日`, 'yd') },
  { lang: 'en', re: new RegExp(`${MON_ALT}[ \\u00a0]+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:(?:,[ \\u00a0]*|[ \\u00a0]+)(?<y>\\d{4})(?!\\d))?`, 'yd') },
  { lang: 'en', re: new RegExp(`${MON_ALT},?[ \\u00a0]+(?<y>\\d{4})(?!\\d)`, 'yd') },
  { lang: 'en', re: new RegExp(`(?<d>\\d{1,2})[ \\u00a0]+${MON_ALT}(?:,?[ \\u00a0]+(?<y>\\d{4})(?!\\d))?`, 'yd') },
  { lang: 'en', re: /(?<mon>January|February|March|April|June|July|August|September|October|November|December)(?![A-Za-z])/dy },
  { lang: 'en', re: /(?<y>(?:19|20)\d{2})(?![\d])/dy },
];

function monthIndex(token: string): number {
  const t = token.replace(/\.$/, '').toLowerCase();
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(t.slice(0, 3)) && (t.length <= 4 || m.toLowerCase() === t)) + 1;
}

/** Every calendar date expression on a line (left to right, longest form first; fiscal years, ranges and counts excluded). */
export function scanDates(line: string): DateExpr[] {
  const out: DateExpr[] = [];
  let i = 0;
  while (i < line.length) {
    let found: DateExpr | undefined;
    const prev = line[i - 1] ?? '';
    for (const { re, lang } of DATE_PATTERNS) {
      if (lang === 'en' && /[A-Za-z0-9]/.test(prev)) continue;
      if (lang === 'ja' && /[0-9０-９.．]/.test(prev)) continue;
      re.lastIndex = i;
      const m = re.exec(line);
      if (!m || m[0].length === 0) continue;
      const e = toDateExpr(line, m, i);
      if (e) {
        found = e;
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

function toDateExpr(line: string, m: RegExpExecArray, start: number): DateExpr | undefined {
  const g = m.groups ?? {};
  const idx = ((m as any).indices?.groups ?? {}) as Record<string, [number, number] | undefined>;
  const end = start + m[0].length;
  const after = line.slice(end);
  const before = line.slice(0, start);
  const fields: DateField[] = [];
  const field = (kind: DateField['kind'], name: string, value: number) => fields.push({ kind, start: idx[name]![0], end: idx[name]![1], text: g[name]!, value });
  let year: number | undefined;
  for (const name of ['y', 'y2']) {
    if (g[name] === undefined) continue;
    const y = Number(toAsciiDigits(g[name]!));
    if (y < 1900 || y > 2100) return undefined;
    if (year !== undefined && year !== y) return undefined;
    year = y;
    field('year', name, y);
  }
  let era: string | undefined;
  if (g.era !== undefined) {
    era = g.era;
    const ey = g.ey === '元' ? 1 : Number(toAsciiDigits(g.ey!));
    const y = ERA_BASE[era]! + ey;
    if (year !== undefined && year !== y) return undefined;
    year = y;
    field('era', 'ey', ey);
  }
  let month: number | undefined;
  if (g.m !== undefined) {
    month = Number(toAsciiDigits(g.m));
    field('month', 'm', month);
  } else if (g.mon !== undefined) {
    month = monthIndex(g.mon);
    field('month', 'mon', month);
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  let day: number | undefined;
  if (g.d !== undefined) {
    day = Number(toAsciiDigits(g.d));
    if (day < 1 || day > 31) return undefined;
    field('day', 'd', day);
  }
  const text = m[0];
  // exclusions: fiscal years, decades, durations, ranges
  if (/^(度|代|間)/.test(after) && /[年月日]$/.test(text)) return undefined;
  if (/年$/.test(text) && /^度/.test(after)) return undefined;
  if (/^[0-9０-９]+日$/.test(text) && /^(間|本)/.test(after)) return undefined;
  if (/^\d{4}$/.test(text)) {
    if (/(fiscal(?:\s+year)?|FY)\s*$/i.test(before) || /[$.,\-–—/]$/.test(before) || /^(s\b|[-–—/]\d|\.\d|,\d)/.test(after)) return undefined;
  }
  if (/^[0-9０-９]+月$/.test(text) && /^(間|分)/.test(after)) return undefined;
  fields.sort((a, b) => a.start - b.start);
  return { start, end, text, fields, year, month, day, era };
}

interface DsDate {
  year: number;
  month?: number;
  day?: number;
}

function parseDsDate(v: unknown): DsDate | undefined {
  const raw = (v as any)?.date ?? v;
  const s = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw ?? '');
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s);
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

const showDsDate = (d: DsDate) => [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-');

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Shared parts agree and at least one part is shared. */
function dateConsistent(e: DateExpr, v: DsDate): boolean {
  let shared = 0;
  for (const [a, b] of [
    [e.year, v.year],
    [e.month, v.month],
    [e.day, v.day],
  ] as Array<[number | undefined, number | undefined]>) {
    if (a === undefined || b === undefined) continue;
    if (a !== b) return false;
    shared++;
  }
  return shared > 0;
}

const RELATIVE_EN = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year)|earlier this (?:week|month|year)|later this (?:week|month|year))\b/i;
const RELATIVE_JA = /(今月|先月|来月|本年|今年|昨年|去年|来年度末|来年度|今年度|来年|同日|同年|同月|昨日|本日|先週|今週|始動|開始)/;

function renderField(f: DateField, value: number, lineText: string): string {
  if (f.kind === 'month' && /[A-Za-z]/.test(f.text)) {
    const full = MONTHS[value - 1]!;
    let out: string;
    if (f.text.replace(/\.$/, '').length > 4 || MONTHS.includes(f.text)) out = full;
    else if (value === 5) out = 'May';
    else {
      const four = f.text.replace(/\.$/, '').length === 4; // Sept
      out = (four && value === 9 ? 'Sept' : full.slice(0, 3)) + (f.text.endsWith('.') ? '.' : '');
    }
    if (f.text === f.text.toUpperCase()) out = out.toUpperCase();
    return out;
  }
  void lineText;
  let s = String(value);
  if (f.text === '元') s = value === 1 ? '元' : s;
  const ascii = toAsciiDigits(f.text);
  if (/^\d+$/.test(ascii) && ascii.length > s.length && ascii.startsWith('0')) s = s.padStart(ascii.length, '0');
  return isFullWidth(f.text) ? toFullWidthDigits(s) : s;
}

function rebuild(line: string, e: DateExpr, changes: Map<DateField, number>): string {
  let out = '';
  let pos = e.start;
  for (const f of e.fields) {
    out += line.slice(pos, f.start);
    out += changes.has(f) ? renderField(f, changes.get(f)!, line) : f.text;
    pos = f.end;
  }
  return out + line.slice(pos, e.end);
}

function dateCases(ctx: Ctx): Outcome {
  const dsDates = ctx.values.map(parseDsDate).filter((d): d is DsDate => !!d);
  if (!dsDates.length) return { why: 'dataset value: not a date' };
  const all = scanDates(ctx.line).filter((e) => e.start < ctx.region.end && e.end > ctx.region.start);
  const snippetText = ctx.line.slice(ctx.region.start, ctx.region.end);
  const consistent = all.filter((e) => dsDates.some((v) => dateConsistent(e, v)));
  if (!consistent.length) {
    const rel = RELATIVE_EN.exec(snippetText)?.[0] ?? RELATIVE_JA.exec(snippetText)?.[0];
    if (rel && !all.length) return { why: `relative date: "${rel}" has no calendar expression to edit` };
    if (all.length) return { why: `date not found: ${all.map((e) => `"${e.text}"`).join(', ')} has no part at the dataset value's precision (${dsDates.map(showDsDate).join(' / ')})` };
    return { why: 'date not found: no date expression in the snippet' };
  }
  if (consistent.length > 1) return { why: `ambiguous: ${consistent.length} date expressions match (${consistent.map((e) => e.text).join(', ')})` };
  const e = consistent[0]!;
  const v = dsDates.find((d) => dateConsistent(e, d))!;
  // the full date the expression denotes: its parts, the rest from the dataset value
  const y = e.year ?? v.year;
  const mo = e.month ?? v.month;
  const d = e.day ?? v.day;
  const before = ctx.line.slice(Math.max(0, e.start - 30), e.start);
  const after = ctx.line.slice(e.end, e.end + 4);
  const lower = /\b(after|since)\s+(?:the\s+end\s+of\s+)?$/i.test(before) || /^[ 　]*(以降|以後|から)/.test(after);
  const dir = lower ? 1 : -1;
  const cases: MutationCase[] = [];
  const differs = (ny: number, nm?: number, nd?: number) => ny !== v.year || (v.month !== undefined && nm !== v.month) || (v.day !== undefined && nd !== v.day);
  const fieldsOf = (k: DateField['kind']) => e.fields.filter((f) => f.kind === k);
  const reasons: string[] = [];

  // year shift: Western year and era year together
  if (e.year !== undefined) {
    const ny = y + dir;
    const eraField = fieldsOf('era')[0];
    const nEra = eraField ? eraField.value + dir : undefined;
    if (nEra !== undefined && nEra < 1) reasons.push('year shift crosses an era');
    else if (mo !== undefined && d !== undefined && e.day !== undefined && d > daysIn(ny, mo)) reasons.push('year shift gives no such day');
    else if (differs(ny, mo, d)) {
      const ch = new Map<DateField, number>();
      for (const f of fieldsOf('year')) ch.set(f, ny);
      if (eraField) ch.set(eraField, nEra!);
      cases.push(makeCase(ctx, 'date', e.start, e.end, rebuild(ctx.line, e, ch), { change: `year${dir > 0 ? '+' : '-'}1` }));
    }
  } else reasons.push('no year in the expression');

  // month shift: only where the dataset value has a month (a month shift under a year-only value is no conflict)
  if (e.month !== undefined && v.month !== undefined) {
    const tries = lower ? [1, -1] : e.month === 1 && !lower ? [1] : [-1, 1];
    let done = false;
    for (const dm of tries) {
      if (done) break;
      const nm = e.month + dm;
      if (nm < 1 || nm > 12) continue;
      // "by January" → February would not contradict; keep the direction under an upper bound
      if (dm > 0 && !lower && /\b(by|before|until|no later than)\b[^.;]*$/i.test(before)) continue;
      if (e.day !== undefined && d !== undefined && d > daysIn(y, nm)) continue;
      if (!differs(y, nm, d)) continue;
      const ch = new Map<DateField, number>();
      ch.set(fieldsOf('month')[0]!, nm);
      cases.push(makeCase(ctx, 'date', e.start, e.end, rebuild(ctx.line, e, ch), { change: `month${dm > 0 ? '+' : '-'}1` }));
      done = true;
    }
    if (!done) reasons.push('no valid month shift');
  } else if (e.month !== undefined) reasons.push(`dataset value ${v.year} has no month`);

  // day-only expressions (30日, 今月24日): the day moves by 5 when the dataset has a day
  if (e.day !== undefined && e.month === undefined && e.year === undefined) {
    if (v.day === undefined) reasons.push(`day-only expression "${e.text}" but the dataset value has no day`);
    else {
      const nd = d! > 5 ? d! - 5 : d! + 5;
      if (mo !== undefined && nd <= daysIn(y, mo)) {
        const ch = new Map<DateField, number>();
        ch.set(fieldsOf('day')[0]!, nd);
        cases.push(makeCase(ctx, 'date', e.start, e.end, rebuild(ctx.line, e, ch), { change: `day${nd > d! ? '+' : '-'}5` }));
      }
    }
  }
  return cases.length ? { cases } : { why: `date not editable: "${e.text}": ${reasons.join('; ')}` };
}

// ---------------------------------------------------------------------------------------------
// Persons
// ---------------------------------------------------------------------------------------------

type PersonForm = 'en-full' | 'en-full-initial' | 'en-family-first' | 'en-family' | 'ja-full' | 'ja-full-spaced' | 'ja-family' | 'ja-kata-full' | 'ja-kata-family';

interface PersonNames {
  id: string;
  origin: 'japanese' | 'western' | 'unknown';
  en?: { given: string; family: string; initial?: string };
  ja?: { given?: string; family?: string; full: string; kata: boolean };
}

function personNames(e: DsEntity): PersonNames {
  const p: PersonNames = { id: e.id, origin: 'unknown' };
  if (e.label.en) {
    const words = e.label.en.trim().split(/\s+/);
    if (words.length >= 2) {
      const family = words[words.length - 1]!;
      const given = words.slice(0, -1).join(' ');
      const initial = e.aliases.en.find((a) => new RegExp(`^${escapeRe(given)} [A-Z]\\. ${escapeRe(family)}$`).test(a));
      p.en = { given, family, initial: initial ? initial.split(' ').slice(-2, -1)[0] : undefined };
    }
  }
  if (e.label.ja) {
    const full = e.label.ja;
    const kata = /^[\p{Script=Katakana}ー・･]+$/u.test(full);
    if (kata) {
      const parts = full.split(/[・･]/);
      p.ja = { full, kata, family: parts.length > 1 ? parts[parts.length - 1] : undefined, given: parts.length > 1 ? parts.slice(0, -1).join('・') : undefined };
    } else {
      const fam = e.aliases.ja.filter((a) => a !== full && full.startsWith(a)).sort((a, b) => b.length - a.length)[0];
      p.ja = { full, kata, family: fam, given: fam ? full.slice(fam.length) : undefined };
    }
    p.origin = kata ? 'western' : 'japanese';
  }
  return p;
}

interface NameHit {
  offset: number;
  length: number;
  form: PersonForm;
  space?: string;
}

function findPersonName(text: string, p: PersonNames): NameHit | undefined {
  const tryRe = (re: RegExp, form: PersonForm): NameHit | undefined => {
    const all = [...text.matchAll(new RegExp(re.source, 'g'))];
    if (all.length !== 1) return undefined;
    const m = all[0]!;
    return { offset: m.index!, length: m[0].length, form, space: m.groups?.sp };
  };
  const wb = (s: string) => `(?<![A-Za-z])${s}(?![A-Za-z])`;
  if (p.en && hasLatin(text)) {
    const { given, family } = p.en;
    return (
      tryRe(new RegExp(wb(`${escapeRe(given)} [A-Z]\\. ${escapeRe(family)}`)), 'en-full-initial') ??
      tryRe(new RegExp(wb(`${escapeRe(given)}\\s+${escapeRe(family)}`)), 'en-full') ??
      tryRe(new RegExp(wb(`${escapeRe(family)}\\s+${escapeRe(given)}`)), 'en-family-first') ??
      tryRe(new RegExp(wb(escapeRe(family))), 'en-family')
    );
  }
  if (p.ja && hasCjk(text)) {
    const { full, family, given, kata } = p.ja;
    const hit =
      tryRe(new RegExp(escapeRe(full)), kata ? 'ja-kata-full' : 'ja-full') ??
      (family && given && !kata ? tryRe(new RegExp(`${escapeRe(family)}(?<sp>[ 　]+)${escapeRe(given)}`), 'ja-full-spaced') : undefined) ??
      (family ? tryRe(new RegExp(escapeRe(family)), kata ? 'ja-kata-family' : 'ja-family') : undefined);
    return hit;
  }
  return undefined;
}

function personSurface(p: PersonNames, form: PersonForm, space = ' '): string | undefined {
  const en = p.en;
  const ja = p.ja;
  switch (form) {
    case 'en-full':
      return en ? `${en.given} ${en.family}` : undefined;
    case 'en-full-initial':
      return en?.initial ? `${en.given} ${en.initial} ${en.family}` : undefined;
    case 'en-family-first':
      return en ? `${en.family} ${en.given}` : undefined;
    case 'en-family':
      return en?.family;
    case 'ja-full':
      return ja && !ja.kata ? ja.full : undefined;
    case 'ja-full-spaced':
      return ja && !ja.kata && ja.family && ja.given ? `${ja.family}${space}${ja.given}` : undefined;
    case 'ja-family':
      return ja && !ja.kata ? ja.family : undefined;
    case 'ja-kata-full':
      return ja?.kata ? ja.full : undefined;
    case 'ja-kata-family':
      return ja?.kata ? ja.family : undefined;
  }
}

// Invented names (no dataset person, no well-known defence official) in both languages.
const OUTSIDE: PersonNames[] = [
  { id: 'outside:yamada', origin: 'japanese', en: { given: 'Taro', family: 'Yamada', initial: 'K.' }, ja: { full: '山田太郎', family: '山田', given: '太郎', kata: false } },
  { id: 'outside:tanaka', origin: 'japanese', en: { given: 'Hiroshi', family: 'Tanaka', initial: 'M.' }, ja: { full: '田中浩', family: '田中', given: '浩', kata: false } },
  { id: 'outside:sato', origin: 'japanese', en: { given: 'Kenji', family: 'Sato', initial: 'T.' }, ja: { full: '佐藤健二', family: '佐藤', given: '健二', kata: false } },
  { id: 'outside:inoue', origin: 'japanese', en: { given: 'Makoto', family: 'Inoue', initial: 'S.' }, ja: { full: '井上誠', family: '井上', given: '誠', kata: false } },
  { id: 'outside:kobayashi', origin: 'japanese', en: { given: 'Shinji', family: 'Kobayashi', initial: 'R.' }, ja: { full: '小林真司', family: '小林', given: '真司', kata: false } },
  { id: 'outside:harlan', origin: 'western', en: { given: 'Robert', family: 'Harlan', initial: 'K.' }, ja: { full: 'ロバート・ハーラン', family: 'ハーラン', given: 'ロバート', kata: true } },
  { id: 'outside:whitford', origin: 'western', en: { given: 'Daniel', family: 'Whitford', initial: 'P.' }, ja: { full: 'ダニエル・ホイットフォード', family: 'ホイットフォード', given: 'ダニエル', kata: true } },
  { id: 'outside:lansing', origin: 'western', en: { given: 'Gregory', family: 'Lansing', initial: 'T.' }, ja: { full: 'グレゴリー・ランシング', family: 'ランシング', given: 'グレゴリー', kata: true } },
];

function allNames(e: DsEntity): string[] {
  return [e.label.en, e.label.ja, ...e.aliases.en, ...e.aliases.ja].filter((s): s is string => !!s);
}

function personCases(ctx: Ctx, mention: any, valueIds: string[]): Outcome {
  const value = ctx.ds.entities.get(mention.entity)!;
  const vp = personNames(value);
  const hit = findPersonName(mention.text, vp);
  if (!hit) return { why: `name not recognised: "${mention.text}" is no form of ${value.id}'s name (misspelling?)` };
  const start = mention.start + hit.offset;
  const end = start + hit.length;
  const from = ctx.line.slice(start, end);
  const reading = /^[(（][\p{Script=Hiragana}・ー 　]+[)）]/u.exec(ctx.line.slice(end))?.[0];
  const readingNote = reading ? { note: `the kana reading ${reading} of the original name stays after it` } : {};
  const fileMentions: any[] = ctx.doc.truth.mentions ?? [];
  const inDoc = new Set(fileMentions.map((m) => m.entity));
  const onLine = new Set(fileMentions.filter((m) => m.line === ctx.fact.line).map((m) => m.entity));
  const cases: MutationCase[] = [];
  const notes: string[] = [];

  const persons = ctx.ds.order.map((id) => ctx.ds.entities.get(id)!).filter((e) => e.type === 'person' && !valueIds.includes(e.id) && e.id !== ctx.fact.entity);
  const cands = persons
    .map((e) => ({ p: personNames(e), e }))
    .map((c) => ({ ...c, to: personSurface(c.p, hit.form, hit.space) }))
    .filter((c): c is typeof c & { to: string } => !!c.to && c.to !== from);
  const pick = choose(cands, [(c) => vp.origin === 'unknown' || c.p.origin === vp.origin, (c) => !onLine.has(c.e.id), (c) => !inDoc.has(c.e.id)], `${ctx.key}:person`);
  if (pick) cases.push(makeCase(ctx, 'person-dataset', start, end, pick.to, { change: `person:${pick.e.id}`, ...readingNote }));
  else notes.push('no dataset person in that form');

  const datasetNames = new Set([...ctx.ds.entities.values()].flatMap(allNames));
  const outs = OUTSIDE.map((p) => ({ p, to: personSurface(p, hit.form, hit.space) })).filter(
    (c): c is typeof c & { to: string } =>
      !!c.to && c.to !== from && !datasetNames.has(c.to) && ![c.p.en?.family, c.p.ja?.family].some((f) => f && ctx.doc.text.includes(f)),
  );
  const out = choose(outs, [(c) => vp.origin === 'unknown' || c.p.origin === vp.origin], `${ctx.key}:outside`);
  if (out) cases.push(makeCase(ctx, 'person-outside', start, end, out.to, { change: out.p.id, ...readingNote }));
  else notes.push('no invented name in that form');
  return cases.length ? { cases } : { why: `no replacement: ${notes.join('; ')}` };
}

// ---------------------------------------------------------------------------------------------
// Organisations and places
// ---------------------------------------------------------------------------------------------

function tokens(s: string, lang: 'en' | 'ja'): string[] {
  return lang === 'en' ? s.split(/\s+/) : [...s];
}

/** What two labels share around their differing cores: "Japan [Air] Self-Defense Force" / "Japan [Ground] Self-Defense Force". */
function analogy(a: string, b: string, lang: 'en' | 'ja'): { vCore: string; cCore: string; shared: number; sharedChars: number } | undefined {
  const x = tokens(a, lang);
  const y = tokens(b, lang);
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  const vc = x.slice(p, x.length - s);
  const cc = y.slice(p, y.length - s);
  if (!vc.length || !cc.length) return undefined;
  const sep = lang === 'en' ? ' ' : '';
  const shared = p + s;
  const sharedChars = [...x.slice(0, p), ...x.slice(x.length - s)].join(sep).length;
  return { vCore: vc.join(sep), cCore: cc.join(sep), shared, sharedChars };
}

const strongAnalogy = (a: ReturnType<typeof analogy>, lang: 'en' | 'ja') => !!a && a.shared >= tokens(a.vCore, lang).length && a.shared >= (lang === 'en' ? 1 : 2);

const isAcronym = (s: string) => /^[A-Z][A-Z0-9]+$/.test(s);

/** Does the surface hold the core with a word the label has right beside it (English; Japanese names keep their order)? */
function keepsLabelOrder(surface: string, label: string, core: string, lang: 'en' | 'ja'): boolean {
  if (lang === 'ja') return true;
  const words = tokens(label, lang);
  const at = words.indexOf(tokens(core, lang)[0]!);
  const last = at + tokens(core, lang).length - 1;
  const beside = [at > 0 ? `${words[at - 1]} ${core}` : undefined, last + 1 < words.length ? `${core} ${words[last + 1]}` : undefined].filter((x): x is string => !!x);
  return beside.length === 0 || beside.some((b) => surface.toLowerCase().includes(b.toLowerCase()));
}

/** The candidate's name in the surface's form: core substituted, acronym for acronym, else label. */
function orgSurface(surface: string, value: DsEntity, cand: DsEntity): string | undefined {
  const lang: 'en' | 'ja' = hasCjk(surface) ? 'ja' : 'en';
  const vl = value.label[lang];
  const cl = cand.label[lang];
  if (vl && cl) {
    const a = analogy(vl, cl, lang);
    // (Only where the surface keeps the label's words around the core: "Defence Ministry" is not "Ministry of Defense" with its core
    // swapped, and "Defence United States Department" reads as no name.)
    if (a && strongAnalogy(a, lang) && surface.trim() !== a.vCore && keepsLabelOrder(surface, vl, a.vCore, lang)) {
      const re = lang === 'en' ? new RegExp(`(?<![A-Za-z])${escapeRe(a.vCore)}(?![A-Za-z])`, 'g') : new RegExp(escapeRe(a.vCore), 'g');
      const n = [...surface.matchAll(re)].length;
      if (n === 1) return surface.replace(re, a.cCore);
    }
  }
  if (isAcronym(surface)) {
    const acr = [cand.label.en, ...cand.aliases.en, ...cand.aliases.ja].find((s) => !!s && isAcronym(s));
    if (acr) return acr;
  }
  // a one-word name for a one-word surface ("Ichigaya" → "Futenma", not "Marine Corps Air Station Futenma")
  if (lang === 'en' && !/\s/.test(surface.trim())) {
    const one = [cl, ...cand.aliases.en].filter((s): s is string => !!s && /^[A-Z][\p{L}ʻ'’-]+$/u.test(s) && !isAcronym(s)).sort((a, b) => a.length - b.length)[0];
    if (one) return one;
  }
  if (lang === 'ja' && surface.length <= 4) {
    const short = [cl, ...cand.aliases.ja].filter((s): s is string => !!s && !hasLatin(s)).sort((a, b) => a.length - b.length)[0];
    if (short) return short;
  }
  return cl;
}

function analogyScore(value: DsEntity, cand: DsEntity, lang: 'en' | 'ja'): number {
  let best = 0;
  for (const l of [lang, lang === 'en' ? 'ja' : 'en'] as const) {
    const a = value.label[l] && cand.label[l] ? analogy(value.label[l]!, cand.label[l]!, l) : undefined;
    if (a && strongAnalogy(a, l)) best = Math.max(best, a.sharedChars);
  }
  return best;
}

/** A replacement that repeats what follows it (統合作戦司令部 + 司令部) reads as another name. */
function duplicatesFollowing(to: string, following: string): boolean {
  if (hasCjk(to)) {
    for (let k = 2; k <= Math.min(to.length, following.length); k++) if (to.endsWith(following.slice(0, k))) return true;
    return false;
  }
  const last = to.split(/\s+/).pop()!.toLowerCase();
  const next = following.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '');
  return !!next && last === next;
}

function groupCases(ctx: Ctx, mention: any, valueIds: string[], kind: 'organization' | 'place'): Outcome {
  const value = ctx.ds.entities.get(mention.entity)!;
  const subject = ctx.ds.entities.get(ctx.fact.entity)!;
  const ups = (id: string) => ctx.parents.get(id) ?? [];
  const downs = (id: string) => [...ctx.parents.entries()].filter(([, ps]) => ps.has(id)).map(([c]) => c);
  const excluded = new Set<string>([...valueIds, subject.id]);
  for (const id of [...valueIds, subject.id]) {
    for (const x of closure(id, ups)) excluded.add(x);
    for (const x of closure(id, downs)) excluded.add(x);
  }
  const subjectNames = allNames(subject).map((n) => n.toLowerCase());
  const fileMentions: any[] = ctx.doc.truth.mentions ?? [];
  const onLine = new Set(fileMentions.filter((m) => m.line === ctx.fact.line).map((m) => m.entity));
  const following = ctx.line.slice(mention.end);
  const lang: 'en' | 'ja' = hasCjk(mention.text) ? 'ja' : 'en';
  const cands = ctx.ds.order
    .map((id) => ctx.ds.entities.get(id)!)
    .filter((e) => e.type === value.type && !excluded.has(e.id))
    // a name inside the subject's name (普天間飛行場 in 普天間飛行場代替施設) is not another place
    .filter((e) => !allNames(e).some((n) => subjectNames.some((s) => s.includes(n.toLowerCase()) || n.toLowerCase().includes(s))))
    .map((e) => ({ e, to: orgSurface(mention.text, value, e), score: analogyScore(value, e, lang) }))
    .filter((c): c is typeof c & { to: string } => !!c.to && c.to !== mention.text && !duplicatesFollowing(c.to, following));
  if (!cands.length) return { why: `no replacement: no other ${kind} outside the value's containment` };
  const max = Math.max(...cands.map((c) => c.score));
  // peers: entities that hold or are the value of this property somewhere in the dataset (commands for reportsTo)
  const peers = new Set<string>();
  for (const e of ctx.ds.entities.values()) {
    const vs = entityRefs(valuesOf(e, ctx.fact.property));
    if (vs.length) peers.add(e.id);
    for (const id of vs) peers.add(id);
  }
  const pick = choose(
    cands,
    [
      (c) => c.score === max,
      (c) => peers.has(c.e.id),
      (c) => !isAcronym(mention.text) || isAcronym(c.to),
      (c) => c.to.length <= Math.max(mention.text.length + 3, mention.text.length * 1.5),
      (c) => !onLine.has(c.e.id),
    ],
    `${ctx.key}:${kind}`,
  )!;
  return { cases: [makeCase(ctx, kind, mention.start, mention.end, pick.to, { change: `${kind}:${pick.e.id}` })] };
}

// ---------------------------------------------------------------------------------------------
// Entity-valued facts: find the value's mention
// ---------------------------------------------------------------------------------------------

function entityCases(ctx: Ctx): Outcome {
  const valueIds = entityRefs(ctx.values);
  if (!valueIds.length) return { why: 'dataset value: not an entity reference' };
  const { line, region, fact, doc } = ctx;
  const lineMentions = (doc.truth.mentions ?? []).filter((m: any) => m.line === fact.line && line.slice(m.start, m.end) === m.text);
  const traps = (doc.truth.traps ?? []).filter((t: any) => t.line === fact.line);
  let inRegion = lineMentions.filter((m: any) => valueIds.includes(m.entity) && m.start < region.end && m.end > region.start);
  if (!inRegion.length) return { why: `value not found: no truth mention of ${valueIds.join('/')} in the snippet` };
  const dropped: string[] = [];
  inRegion = inRegion.filter((m: any) => {
    const container = [...lineMentions.filter((o: any) => o.kind === 'strict' && o.entity !== m.entity), ...traps].find((o: any) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    if (container) {
      dropped.push(`"${m.text}" is inside the name "${container.text}"`);
      return false;
    }
    // 市谷 in 市谷本村町, 東京 in 東京・市谷本村町: part of a town name in an address
    const kanjiAfter = /^[・･]?[\p{Script=Han}々ヶケ]{1,5}/u.exec(line.slice(m.end))?.[0] ?? '';
    if (/address/i.test(m.note ?? '') || /(町|村|丁目)$/.test(kanjiAfter)) {
      dropped.push(`"${m.text}" is part of an address ("${m.text}${kanjiAfter}")`);
      return false;
    }
    return true;
  });
  if (!inRegion.length) return { why: `name inside another name: ${dropped.join('; ')}` };
  // prefer a value no other fact on the line relies on (中谷 in 中谷防衛大臣 is also jmod.minister)
  const others = (doc.truth.facts ?? []).filter((f: any) => f !== fact && f.line === fact.line);
  const shared = (m: any) =>
    others.some((f: any) => {
      const r = locateSnippet(line, f.snippet);
      if (!r || m.start >= r.end || m.end <= r.start) return false;
      const e = ctx.ds.entities.get(f.entity);
      const ids = e ? entityRefs(valuesOf(e, f.property)) : [];
      return ids.includes(m.entity) || String(f.value ?? '').includes(m.text);
    });
  const ranked = [...inRegion].sort((a: any, b: any) => Number(shared(a)) - Number(shared(b)) || valueIds.indexOf(a.entity) - valueIds.indexOf(b.entity) || a.start - b.start);
  let chosen = ranked[0];
  let same = inRegion.filter((m: any) => m.entity === chosen.entity);
  // 防衛相 (a role title, lenient) next to 防衛省 (strict): the strict name is the value
  if (same.length > 1 && same.filter((m: any) => m.kind === 'strict').length === 1) {
    chosen = same.find((m: any) => m.kind === 'strict');
    same = [chosen];
  }
  if (same.length > 1) return { why: `ambiguous: ${chosen.entity} is named ${same.length} times in the snippet (${same.map((m: any) => m.text).join(', ')}); editing one leaves the other` };
  const value = ctx.ds.entities.get(chosen.entity);
  if (!value) return { why: `value ${chosen.entity} is not a dataset entity` };
  const notes: string[] = [];
  const rest = inRegion.filter((m: any) => m.entity !== chosen.entity);
  const kanjiBefore = /[\p{Script=Han}々ヶケ]{1,4}[市区町村郡都県]$/u.exec(line.slice(Math.max(0, chosen.start - 6), chosen.start))?.[0];
  if (kanjiBefore) notes.push(`inside an address (${kanjiBefore}${chosen.text})`);
  if (rest.length) notes.push(`another value of ${fact.property} stays in the snippet (${rest.map((m: any) => m.text).join(', ')})`);
  const withNote = (o: Outcome): Outcome => (o.cases && notes.length ? { cases: o.cases.map((c) => ({ ...c, note: [c.note, ...notes].filter(Boolean).join('; ') })) } : o);
  if (value.type === 'person') return withNote(personCases(ctx, chosen, valueIds));
  if (value.type === 'organization') return withNote(groupCases(ctx, chosen, valueIds, 'organization'));
  if (value.type === 'place') return withNote(groupCases(ctx, chosen, valueIds, 'place'));
  return { why: `value type ${value.type} (${value.id}) is not mutated` };
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export interface MutationOptions {
  /**
   * Entity properties with several values at once (participants, subject, commands): replacing one
   * value gives "another value", which the corpus's truth policy calls compatible, not a conflict.
   * 'skip' (default) lists those facts in `skipped`; 'include' builds them with a note.
   */
  multiValued?: 'skip' | 'include';
}

export function buildMutations(corpus: RealproseCorpus, datasetYamlText: string, options: MutationOptions = {}): { cases: MutationCase[]; skipped: SkippedFact[] } {
  const ds = readDataset(datasetYamlText);
  const parents = parentMap(ds);
  const cases: MutationCase[] = [];
  const skipped: SkippedFact[] = [];
  for (const file of Object.keys(corpus.truth?.files ?? {}).sort()) {
    const truth = corpus.truth.files[file];
    const text = corpus.texts.get(file);
    for (const fact of truth.facts ?? []) {
      if (fact.verdict !== 'agrees' && fact.verdict !== 'agrees-approx') continue;
      const skip = (why: string) => skipped.push({ file, line: fact.line, entity: fact.entity, property: fact.property, why });
      if (text === undefined) {
        skip('text missing: no file in texts/');
        continue;
      }
      const doc = makeDoc(file, text, truth);
      const entity = ds.entities.get(fact.entity);
      const values = entity ? valuesOf(entity, fact.property) : [];
      if (!entity || !values.length) {
        skip(`no dataset value: ${fact.entity}.${fact.property}`);
        continue;
      }
      const prop = ds.props.get(fact.property);
      const type = prop?.type ?? 'unknown';
      if (!['quantity', 'date', 'money', 'entity'].includes(type)) {
        skip(`not mutated: property type ${type}`);
        continue;
      }
      const line = doc.lines[fact.line - 1];
      if (line === undefined) {
        skip('line out of range');
        continue;
      }
      const region = locateSnippet(line, fact.snippet);
      if (!region) {
        skip('snippet not found on the line');
        continue;
      }
      const multi = type === 'entity' && isMultiValued(ds, fact.property);
      if (multi && options.multiValued !== 'include') {
        skip(`multi-valued property: another ${fact.property} value is compatible under the truth policy, not a conflict`);
        continue;
      }
      const ctx: Ctx = { doc, ds, parents, fact, line, region, values, key: `${file}:${fact.line}:${fact.entity}:${fact.property}` };
      const outcome = type === 'quantity' ? numberCases(ctx) : type === 'date' ? dateCases(ctx) : type === 'money' ? moneyCases(ctx) : entityCases(ctx);
      if (outcome.cases && multi) {
        for (const c of outcome.cases) c.note = [c.note, `${fact.property} is multi-valued: a checker may call another value compatible`].filter(Boolean).join('; ');
      }
      if (outcome.cases) cases.push(...outcome.cases);
      else skip(outcome.why);
    }
  }
  return { cases, skipped };
}
