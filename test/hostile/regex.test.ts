// No user text ever becomes a regular expression. Source check: src/ builds no RegExp at run
// time, and every `.match` / `.matchAll` / `.search` / `.split` / `.replace` is given a regex
// literal or a constant holding one (a string there would be compiled into a pattern by
// `match`, `matchAll` and `search`). Behaviour: names and cues full of pattern syntax match only
// themselves (datasets.test.ts feeds them to the CLI and the server; here, the engine directly).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEntityService } from '../../src/core';
import { ROOT } from '../helpers';

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(full);
    else if (e.name.endsWith('.ts')) yield full;
  }
}

describe('hostile: user text never becomes a regular expression', () => {
  const files = [...sources(path.join(ROOT, 'src'))].map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));

  it('src/ never builds a RegExp at run time', () => {
    const offenders = files.flatMap(({ file, text }) => [...text.matchAll(/\bnew\s+RegExp\s*\(|(?<![\w.])RegExp\s*\(/g)].map((m) => `${file}: ${m[0]}`));
    assert.deepEqual(offenders, []);
  });

  it('string methods that compile their argument get a regex literal or a regex constant', () => {
    const offenders: string[] = [];
    for (const { file, text } of files) {
      const constants = new Set([...text.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*\//g)].map((m) => m[1]!));
      for (const m of text.matchAll(/\.(match|matchAll|search)\(\s*([^,)\s]+)/g)) {
        const arg = m[2]!;
        if (arg.startsWith('/') || constants.has(arg)) continue;
        // `vscode.languages.match(selector, document)` is not String.prototype.match.
        if (text.slice(Math.max(0, m.index - 20), m.index).endsWith('languages')) continue;
        offenders.push(`${file}: .${m[1]}(${arg}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the check itself finds a violation', () => {
    const sample = 'const x = s.match(userText); const y = new RegExp(alias);';
    assert.ok(/\.(match|matchAll|search)\(\s*userText/.test(sample) && /new\s+RegExp\s*\(/.test(sample));
  });

  it('aliases and cues made of pattern syntax match only themselves', () => {
    const service = createEntityService();
    service.loadDatasets([
      {
        file: 'r.yaml',
        text: [
          'version: 1',
          'properties:',
          '  crewSize: {type: quantity, unit: persons, label: {en: crew size}, cues: {en: ["crew.*size(", "(?:x)+"]}}',
          'entities:',
          "  - {id: dot, type: organization, labels: {en: 'a.b*c('}, facts: [{property: crewSize, value: 12}]}",
          "  - {id: klass, type: organization, labels: {en: '[x]'}}",
          "  - {id: digits, type: organization, labels: {en: '\\d+ Unit'}}",
          "  - {id: alt, type: organization, labels: {en: 'A|B'}}",
          "  - {id: dollar, type: organization, labels: {en: '$^ Co'}}",
          '',
        ].join('\n'),
      },
    ]);
    const analyze = (text: string) => service.analyze({ file: text, text, kind: 'plaintext' })!;
    const hits = analyze('a.b*c( [x] \\d+ Unit A|B $^ Co. The a.b*c( crew.*size( is 30.');
    assert.deepEqual(hits.mentions.map((m) => m.entity), ['dot', 'klass', 'digits', 'alt', 'dollar', 'dot']);
    assert.equal(hits.diagnostics.find((d) => d.code === 'fact-conflict')?.found, '30', 'the cue "crew.*size(" is read literally');
    const misses = analyze('abbbc( axbc( x 42 Unit 7 Unit A B AB Co. The a.b*c( crewsize and crew size( and crewwsize( and x is 30.');
    assert.deepEqual(misses.mentions.map((m) => m.entity), ['dot'], 'only the literal name');
    assert.deepEqual(misses.diagnostics, []);
  });
});
