import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { loadDatasets } from '../../src/core/dataset';
import { DOCS_MD, fixture, SPEC_MD, y, yamlBlock } from './helpers';

const SCHEMA_PATH = join(__dirname, '..', '..', 'schemas', 'entities.schema.json');

describe('dataset: JSON Schema', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  // Strict mode: unknown keywords or ambiguous types would throw here.
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const ok = (text: string) => {
    const valid = validate(parse(text));
    return valid ? true : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  it('accepts the contract example', () => {
    assert.equal(ok(fixture('spec-example.entities.yaml')), true);
  });

  it('accepts the shared spec and the docs examples as written', function () {
    const spec = yamlBlock(SPEC_MD);
    if (spec !== undefined) assert.equal(ok(spec), true);
    else console.log('      (../shared/spec is absent: only the docs example is checked)');
    assert.equal(ok(yamlBlock(DOCS_MD)!), true);
  });

  it('accepts the stand-in bundled dataset', () => {
    assert.equal(ok(fixture('bundled-stub.entities.yaml')), true);
  });

  it('accepts every form the loader accepts', () => {
    const text = y`
      $schema: ../schemas/entities.schema.json
      version: 1
      properties:
        cost: {type: money, label: {en: cost}, cues: {en: cost, ja: [費用]}}
        members: {type: entity}
        rank: {type: text}
        count: {type: quantity}
        when: {type: date}
        personnel: {cues: {ja: [定員]}}
      entities:
        - id: a.b_c-1
          type: any-word
          aliases: {en: BHU, ja: [x, {text: y, caseSensitive: true, needsContext: false}], fr: }
          sameAs: Q1
          facts:
            - {property: cost, value: [{amount: 1, currency: JPY}, {amount: 2, currency: USD}]}
            - {property: members, value: [a.b_c-1, {entity: a.b_c-1}]}
            - {property: rank, value: {text: {en: General, ja: 陸将}}}
            - {property: rank, value: {text: General}}
            - {property: count, value: 3, qualifiers: {approximate: true, status: former, from: 2020, until: {date: 2021-03}, note: {en: n}, anything: [1, 2]}}
            - {property: when, value: 2025}
            - {property: when, value: {date: 2025-03}}
            - {property: count, value: {amount: 3, unit: ships}, sources: plan.md}
      tests:
        - {text: t, lang: en, mentions: a.b_c-1}
        - {text: t, conflicts: [{entity: a.b_c-1, property: cost}]}
    `;
    assert.equal(ok(text), true);
    const loaded = loadDatasets([
      { file: 'bundled', text: fixture('bundled-stub.entities.yaml') },
      { file: 'f', text },
    ]);
    assert.deepEqual(loaded.problems, []);
  });

  it('rejects obviously wrong files', () => {
    const bad = [
      '[1, 2]',
      'version: 2\n',
      'version: 1\nentities: {a: 1}\n',
      'version: 1\nentities:\n  - type: person\n',
      'version: 1\nentities:\n  - {id: Bad Id, type: person}\n',
      'version: 1\nentities:\n  - {id: a, facts: [{property: p}]}\n',
      'version: 1\nentities:\n  - {id: a, bogus: 1}\n',
      'version: 1\nproperties: {p: {type: number}}\n',
      'version: 1\nentities:\n  - {id: a, facts: [{property: p, value: {amount: 1, currency: yen}}]}\n',
      'version: 1\nentities:\n  - {id: a, facts: [{property: p, value: 1, qualifiers: {status: maybe}}]}\n',
      'version: 1\nentities:\n  - {id: a, facts: [{property: p, value: 1, qualifiers: {asOf: soon}}]}\n',
      'version: 1\nentities:\n  - {id: a, aliases: {en: [""]}}\n',
      'version: 1\ntests:\n  - {mentions: [a]}\n',
    ];
    for (const text of bad) assert.notEqual(ok(text), true, text);
  });

  it('describes every field (descriptions show in editors)', () => {
    const missing: string[] = [];
    // Walks schema positions only (not the names under `properties`, which are data).
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string') missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const key of ['anyOf', 'oneOf', 'allOf']) {
        const list = n[key];
        if (Array.isArray(list)) list.forEach((s, i) => walk(s, `${path}/${key}/${i}`));
      }
      for (const key of ['items', 'additionalProperties', 'not']) walk(n[key], `${path}/${key}`);
      const defs = n.definitions as Record<string, unknown> | undefined;
      if (defs) for (const [k, v] of Object.entries(defs)) walk(v, `#/definitions/${k}`);
    };
    walk(schema, '#');
    assert.deepEqual(missing, []);
  });
});
