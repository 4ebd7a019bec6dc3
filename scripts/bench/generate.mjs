// Deterministic inputs for the benchmark: a seeded generator of English and Japanese Markdown
// prose with a realistic density of entity mentions, synthetic datasets of N aliases
// (multi-word English names, acronyms, kanji names, katakana names) and the matching prh.yml.
// The same seed gives byte-identical output on every machine.

/** mulberry32: small, fast, good enough for generating text. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const EN_NAME_ADJ = [
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Pacific', 'Atlantic', 'Coastal', 'Maritime', 'Strategic',
  'Joint', 'National', 'Regional', 'Advanced', 'Integrated', 'Allied', 'Continental', 'Northwest', 'Southeast', 'Royal',
  'Federal', 'Combined', 'Tactical', 'Civil', 'Global', 'Polar', 'Highland', 'Lowland', 'Island', 'Frontier',
  'Blue', 'Red', 'Green', 'Silver', 'Golden', 'Iron', 'Crimson', 'Granite', 'Cedar', 'Harbor',
];
const EN_NAME_NOUN = [
  'Logistics', 'Defense', 'Research', 'Signals', 'Engineering', 'Medical', 'Training', 'Aviation', 'Naval', 'Cyber',
  'Space', 'Intelligence', 'Transport', 'Supply', 'Communications', 'Security', 'Planning', 'Weather', 'Survey', 'Rescue',
  'Energy', 'Policy', 'Science', 'Trade', 'Maritime', 'Infantry', 'Artillery', 'Armor', 'Missile', 'Radar',
];
const EN_NAME_HEAD = [
  'Command', 'Group', 'Agency', 'Institute', 'Council', 'Division', 'Brigade', 'Squadron', 'Bureau', 'Office',
  'Center', 'Wing', 'Fleet', 'Regiment', 'Directorate', 'Authority', 'Service', 'Corps', 'Board', 'Laboratory',
];
const EN_GIVEN = ['Aiko', 'Haruto', 'Emily', 'James', 'Yuki', 'Daniel', 'Sakura', 'Michael', 'Ren', 'Olivia', 'Kenji', 'Laura', 'Takeshi', 'Mark', 'Naomi', 'Peter', 'Hiro', 'Grace', 'Sota', 'Anna'];
const KANJI = [...'北南東西中央海空陸港湾山川島原田村松本井上木林森高橋小池石岡崎藤野宮長谷沢浜江口坂清水大和新国際安全防衛統合作戦情報通信技術研究開発補給輸送航空艦隊警備医療訓練計画調整総合戦略宇宙電子気象測量救難資源政策経済科学工業']
const JA_HEAD = ['司令部', '本部', '研究所', '委員会', '部隊', '総局', '機構', '協会', '事務所', 'センター', '局', '群', '隊', '庁', '会議'];
const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワガギグゲゴザジズゼゾダデドバビブベボパピプペポ'];
const KATA_SMALL = ['ー', 'ン', 'ッ', 'ャ', 'ュ', 'ョ', ''];

function katakanaWord(r, min, max) {
  const n = min + r.int(max - min + 1);
  let s = '';
  for (let k = 0; k < n; k++) {
    s += r.pick(KATAKANA);
    if (r.chance(0.3)) s += r.pick(KATA_SMALL);
  }
  return s;
}

function kanjiWord(r, min, max) {
  const n = min + r.int(max - min + 1);
  let s = '';
  for (let k = 0; k < n; k++) s += r.pick(KANJI);
  return s;
}

/**
 * A synthetic dataset of `aliasCount` names: entities with an English label (2–4 words), an
 * acronym, a Japanese label (kanji + a head word) and a katakana alias, four names each. The
 * first 1,000 aliases of the 10k dataset are the 1k dataset, and so on: larger datasets extend
 * smaller ones, so one text serves every dictionary size. Folded keys are unique.
 */
export function syntheticEntities(aliasCount, seed = 7) {
  const r = rng(seed);
  const used = new Set();
  const fresh = (make) => {
    for (let tries = 0; tries < 1000; tries++) {
      const s = make(tries);
      const key = s.toLowerCase().replace(/[\s・]/g, '');
      if (!used.has(key)) {
        used.add(key);
        return s;
      }
    }
    throw new Error('generator: could not find a fresh name');
  };
  const entities = [];
  let aliases = 0;
  for (let i = 0; aliases < aliasCount; i++) {
    const words = 2 + r.int(3);
    const parts = [];
    const en = fresh((t) => {
      parts.length = 0;
      if (words >= 3 || t > 50) parts.push(r.pick(EN_NAME_ADJ));
      if (words >= 4 || t > 100) parts.push(r.pick(EN_NAME_ADJ));
      parts.push(r.pick(EN_NAME_NOUN), r.pick(EN_NAME_HEAD));
      if (t > 200) parts.push(String(1 + r.int(99)));
      return parts.join(' ');
    });
    const acronym = fresh((t) => {
      const base = parts.map((p) => p[0]).join('');
      if (t === 0) return base;
      let extra = '';
      for (let k = 0; k < 1 + Math.floor(t / 20); k++) extra += String.fromCharCode(65 + r.int(26));
      return base + extra;
    });
    const ja = fresh(() => kanjiWord(r, 2, 4) + r.pick(JA_HEAD));
    const kata = fresh(() => (r.chance(0.3) ? katakanaWord(r, 2, 4) + '・' + katakanaWord(r, 2, 4) : katakanaWord(r, 3, 6)));
    const names = [
      { text: en, lang: 'en' },
      { text: acronym, lang: 'en' },
      { text: ja, lang: 'ja' },
      { text: kata, lang: 'ja' },
    ].slice(0, aliasCount - aliases);
    aliases += names.length;
    entities.push({ id: `syn-${String(i).padStart(6, '0')}`, names });
  }
  return entities;
}

const yamlString = (s) => JSON.stringify(s);

/** The dataset YAML of `syntheticEntities`. */
export function datasetYaml(entities) {
  const out = ['version: 1', 'entities:'];
  for (const e of entities) {
    const en = e.names.filter((n) => n.lang === 'en');
    const ja = e.names.filter((n) => n.lang === 'ja');
    out.push(`  - id: ${e.id}`, '    type: organization');
    const labels = [];
    if (en[0]) labels.push(`en: ${yamlString(en[0].text)}`);
    if (ja[0]) labels.push(`ja: ${yamlString(ja[0].text)}`);
    out.push(`    labels: {${labels.join(', ')}}`);
    const more = [...en.slice(1), ...ja.slice(1)];
    if (more.length > 0) {
      out.push('    aliases:');
      if (en.length > 1) out.push(`      en: [${en.slice(1).map((n) => yamlString(n.text)).join(', ')}]`);
      if (ja.length > 1) out.push(`      ja: [${ja.slice(1).map((n) => yamlString(n.text)).join(', ')}]`);
    }
  }
  return out.join('\n') + '\n';
}

/** A prh.yml over the same names: one rule per entity, every name a pattern, the label expected. */
export function prhYaml(entities) {
  const out = ['version: 1', 'rules:'];
  for (const e of entities) {
    out.push(`  - expected: ${yamlString(e.names[0].text)}`);
    out.push(`    patterns: [${e.names.map((n) => yamlString(n.text)).join(', ')}]`);
  }
  return out.join('\n') + '\n';
}

// --- Prose ---------------------------------------------------------------------------------

const EN_WORDS = (
  'the a an of to in on for with by from at as about after before during under over between through ' +
  'report meeting plan budget exercise unit staff officer office station base island coast region city ' +
  'government ministry policy alliance treaty agreement operation mission program system network training ' +
  'review study decision proposal statement briefing visit talks schedule deadline summer winter year month ' +
  'new joint regional national local senior former current major minor early late first second final ' +
  'said noted announced agreed discussed confirmed expected planned reviewed described reported added ' +
  'will would could should may might must has have had is was were are been being'
).split(' ');
const EN_VERBS = ['met with', 'worked alongside', 'reported to', 'coordinated with', 'briefed', 'visited', 'signed an agreement with', 'held talks with', 'supported', 'trained with'];
const JA_NOUNS = ['会議', '計画', '予算', '訓練', '調整', '協力', '施設', '報告書', '方針', '体制', '演習', '任務', '連携', '視察', '協議', '発表', '資料', '検討', '拠点', '部署'];
const JA_VERBS = ['を実施した', 'について協議した', 'を確認した', 'を発表した', 'を検討している', 'に参加した', 'と連携した', 'を視察した', 'の見直しを進めている', 'に関する報告をまとめた'];
const JA_FILLER = ['また、', 'さらに、', '一方で、', 'その後、', '同日、', '今回、', '昨年、', '関係者によると、', ''];
const HIRAGANA_BITS = ['これは', 'ことになる', 'ものである', 'ため', 'など', 'として', 'により', 'に向けて'];

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function enFiller(r, n) {
  const w = [];
  for (let k = 0; k < n; k++) w.push(r.pick(EN_WORDS));
  return w.join(' ');
}

/**
 * Prose generator. `mentions` are the names to mention ({text, lang}); `claims` are whole
 * sentences stating facts (a few of them wrong, so diagnostics appear). About one sentence in
 * two names an entity, like the notes in test/corpus/.
 */
export function proseGenerator({ seed = 1, mentions, claims = { en: [], ja: [] } }) {
  const r = rng(seed);
  const enNames = mentions.filter((m) => m.lang === 'en');
  const jaNames = mentions.filter((m) => m.lang === 'ja');
  // A skewed choice: a few names are mentioned often, most rarely (as in real notes).
  const skewed = (list) => list[Math.floor(list.length * Math.pow(r.next(), 2.2))];

  function enSentence() {
    if (claims.en.length > 0 && r.chance(0.04)) return r.pick(claims.en);
    const parts = [];
    const m1 = r.chance(0.55) ? skewed(enNames).text : undefined;
    if (m1 && r.chance(0.5)) parts.push(`The ${m1}`, r.pick(EN_VERBS), r.chance(0.4) ? skewed(enNames).text : `the ${enFiller(r, 2)}`, enFiller(r, 4 + r.int(8)));
    else {
      parts.push(cap(enFiller(r, 3 + r.int(6))));
      if (m1) parts.push(m1);
      parts.push(enFiller(r, 3 + r.int(9)));
    }
    return parts.join(' ') + (r.chance(0.9) ? '.' : '?');
  }

  function jaSentence() {
    if (claims.ja.length > 0 && r.chance(0.04)) return r.pick(claims.ja);
    let s = r.pick(JA_FILLER);
    if (r.chance(0.6)) s += skewed(jaNames).text + (r.chance(0.5) ? 'は' : 'が');
    if (r.chance(0.3)) s += skewed(jaNames).text + 'と';
    s += r.pick(JA_NOUNS) + 'の' + r.pick(JA_NOUNS) + r.pick(JA_VERBS);
    if (r.chance(0.4)) s += '。' + r.pick(HIRAGANA_BITS) + r.pick(JA_NOUNS) + r.pick(JA_VERBS);
    return s + '。';
  }

  function paragraph(lang) {
    const n = 2 + r.int(5);
    const out = [];
    for (let k = 0; k < n; k++) out.push(lang === 'en' ? enSentence() : jaSentence());
    return out.join(lang === 'en' ? ' ' : '');
  }

  /** Plain prose: paragraphs separated by blank lines, about half English and half Japanese. */
  function plain(targetBytes) {
    const parts = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      const p = paragraph(r.chance(0.5) ? 'en' : 'ja');
      parts.push(p);
      bytes += Buffer.byteLength(p) + 2;
    }
    return parts.join('\n\n') + '\n';
  }

  /** One Markdown block: mostly paragraphs, with headings, lists, quotes, code, links and tables. */
  function markdownBlock(lang) {
    const x = r.next();
    if (x < 0.1) return `${'#'.repeat(2 + r.int(2))} ${lang === 'en' ? cap(enFiller(r, 3)) + ' and the ' + skewed(enNames).text : skewed(jaNames).text + 'の' + r.pick(JA_NOUNS)}`;
    if (x < 0.2) {
      const items = [];
      for (let k = 0; k < 2 + r.int(4); k++) items.push(`- ${lang === 'en' ? enSentence() : jaSentence()}`);
      return items.join('\n');
    }
    if (x < 0.24) return `> ${lang === 'en' ? enSentence() : jaSentence()}`;
    if (x < 0.28) return '```text\n' + `${skewed(enNames).text} ${enFiller(r, 4)}\nconfig: ${enFiller(r, 2)}\n` + '```';
    if (x < 0.31) {
      const rows = ['| name | note |', '| --- | --- |'];
      for (let k = 0; k < 2 + r.int(3); k++) rows.push(`| ${lang === 'en' ? skewed(enNames).text : skewed(jaNames).text} | ${lang === 'en' ? enFiller(r, 3) : r.pick(JA_NOUNS)} |`);
      return rows.join('\n');
    }
    let p = paragraph(lang);
    if (r.chance(0.2)) p += lang === 'en' ? ` See [the ${enFiller(r, 2)}](https://example.org/${r.int(1000)}) and \`${enFiller(r, 1)}\`.` : `詳細は[資料](https://example.jp/${r.int(1000)})を参照。`;
    if (r.chance(0.1)) p = p.replace(/ (\w{4,}) /, ' *$1* ');
    return p;
  }

  /** A Markdown document of about `targetBytes` bytes (UTF-8), a title first. */
  function markdown(targetBytes, lang) {
    const parts = [`# ${lang === 'ja' ? skewed(jaNames).text + 'に関するメモ' : 'Notes on the ' + skewed(enNames).text}`];
    let bytes = Buffer.byteLength(parts[0]);
    while (bytes < targetBytes) {
      const b = markdownBlock(lang ?? (r.chance(0.5) ? 'en' : 'ja'));
      parts.push(b);
      bytes += Buffer.byteLength(b) + 2;
    }
    return parts.join('\n\n') + '\n';
  }

  return { plain, markdown, paragraph, enSentence, jaSentence };
}

/** Sentences stating facts about the bundled dataset's entities; every fifth one is wrong. */
export const CLAIMS = {
  en: [
    'The JJOC has 240 personnel.',
    'The Joint Operations Command was established on March 24, 2025.',
    'The JJOC has 300 personnel.',
    'USFJ began its upgrade in 2025.',
    'The JJOC reports to the Ministry of Defense.',
  ],
  ja: ['統合作戦司令部の人員は240人である。', '統合作戦司令部は2025年3月24日に発足した。', '統合作戦司令部の人員は300人である。', '統合作戦司令部は防衛省の下にある。', '在日米軍は横田基地にある。'],
};

/** Byte length in UTF-8 without allocating. */
export function utf8Length(s) {
  return Buffer.byteLength(s);
}
