// The bundled dataset against its contracts: every id and fact of shared/spec/canonical-entities.md,
// the JSON Schema, source quotes that really stand in the seeds, and the spec's example dataset
// loading as-is on top of it. The spec and the seeds live beside the repository (../shared): where
// they are absent, the tests that read them are pending lines that say so.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ROOT, itWithShared, serviceWith, bundledDatasetText } from './helpers';

function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  assert.ok(start >= 0, `table "${header}" in the spec`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

describe('bundled dataset', () => {
  const { service, problems } = serviceWith();
  const dataset = service.dataset;
  const spec = (dir: string) => fs.readFileSync(path.join(dir, 'canonical-entities.md'), 'utf8');

  it('loads with no problems', () => {
    assert.deepEqual(problems.map((p) => `${p.code} ${p.file}:${(p.range?.start.line ?? 0) + 1} ${p.message}`), []);
  });

  itWithShared('spec', 'has every entity of the spec, with its type and labels', (dir) => {
    const rows = tableRows(spec(dir), '| id | type |');
    assert.ok(rows.length >= 50);
    for (const [id, type, en, ja] of rows) {
      const entity = dataset.entities.get(id!);
      assert.ok(entity, `entity ${id}`);
      assert.equal(entity.type, type, `${id} type`);
      assert.equal(entity.labels.en, en!.split(';')[0]!.trim(), `${id} English label`);
      const jaLabel = ja!.split(';')[0]!.replace('*', '').trim();
      if (!jaLabel.startsWith('(')) assert.equal(entity.labels.ja, jaLabel, `${id} Japanese label`);
    }
  });

  itWithShared('spec', 'has every fact of the spec under its property name, each with a source', (dir) => {
    const rows = tableRows(spec(dir), '| entity | property |');
    assert.ok(rows.length >= 20);
    for (const [entity, property] of rows) {
      const facts = dataset.entities.get(entity!)?.facts.filter((f) => f.property === property) ?? [];
      assert.ok(facts.length > 0, `${entity}.${property}`);
      for (const f of facts) assert.ok(f.sources.length > 0 && f.sources.every((s) => s.quote), `${entity}.${property} is sourced with a quote`);
    }
    assert.equal(dataset.entities.get('jjoc')!.facts.find((f) => f.property === 'personnel')!.value.kind, 'quantity');
  });

  itWithShared('seeds', 'quotes every source verbatim from the seed it names', (dir) => {
    const seeds = new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    let quotes = 0;
    for (const entity of dataset.entities.values()) {
      for (const fact of entity.facts) {
        for (const s of fact.sources) {
          const seed = seeds.get(s.document);
          assert.ok(seed, `${entity.id}.${fact.property}: source ${s.document} is a seed file`);
          if (s.quote) {
            quotes++;
            assert.ok(seed.includes(s.quote), `${entity.id}.${fact.property}: "${s.quote}" is in ${s.document}`);
            assert.ok(s.quote.length <= 200, 'quotes stay short');
          }
        }
      }
    }
    assert.ok(quotes >= 50, `${quotes} quotes`);
  });

  it('validates against the published JSON Schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'entities.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(parseYaml(bundledDatasetText()));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5)));
  });

  itWithShared('spec', "loads the spec's example dataset as-is on top of it, and passes the example's tests", (dir) => {
    const doc = fs.readFileSync(path.join(dir, 'dataset-format.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const { service: s, problems: p } = serviceWith([{ file: 'example.entities.yaml', text: yaml }]);
    assert.deepEqual(p, []);
    assert.equal(s.dataset.entities.get('blue-harbor-unit')?.labels.ja, '青港部隊');
    const results = s.runDatasetTests().filter((r) => r.test.span?.file === 'example.entities.yaml');
    assert.equal(results.length, 2);
    for (const r of results) assert.ok(r.passed, `${r.test.text}: ${r.failures.join('; ')}`);
  });

  it('passes its own inline tests', () => {
    const results = service.runDatasetTests();
    assert.ok(results.length >= 30, `${results.length} tests`);
    const failed = results.filter((r) => !r.passed).map((r) => `${r.test.text}: ${r.failures.join('; ')}`);
    assert.deepEqual(failed, []);
  });
});
