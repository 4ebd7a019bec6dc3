// Keys a dataset chooses that are also names of every JavaScript object's prototype
// (`constructor`, `__proto__`, `toString`), as alias languages: a warning on the dataset, and
// look-up, cards and Find Entity keep working for that entity and every other.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entityCard } from '../../src/core';
import { runCli, serviceWith } from '../helpers';

const DATASET = [
  'version: 1',
  'entities:',
  '  - id: proto-unit',
  '    type: organization',
  '    labels: {en: Proto Unit}',
  '    aliases: {constructor: [Protoc], __proto__: [Protop], toString: [Protot], en: [PU]}',
  '',
].join('\n');

describe('hostile datasets: prototype names as alias languages', () => {
  const { service, problems } = serviceWith([{ file: 'proto.entities.yaml', text: DATASET }]);

  it('warns that each is no language tag, at its line', () => {
    const warned = problems.filter((p) => p.code === 'dataset.schema' && p.file === 'proto.entities.yaml').map((p) => `${p.range?.start.line}:${p.actual}`);
    assert.deepEqual(warned.sort(), ['5:__proto__', '5:constructor', '5:toString']);
  });

  it('builds the card with those keys as plain keys', () => {
    const card = entityCard(service.getEntity('proto-unit')!, service.dataset);
    assert.deepEqual(Object.entries(card.aliases).sort(), [['__proto__', ['Protop']], ['constructor', ['Protoc']], ['en', ['PU']], ['toString', ['Protot']]]);
  });

  it('finds entities, this one and unrelated ones', () => {
    assert.deepEqual(service.findEntities('Protoc').map((e) => e.id), ['proto-unit']);
    assert.ok(service.findEntities('JJOC').some((e) => e.id === 'jjoc'));
  });

  it('`lookup` prints the card', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'el-proto-'));
    const file = path.join(dir, 'proto.entities.yaml');
    fs.writeFileSync(file, DATASET);
    const r = runCli(['lookup', 'Proto Unit', '--dataset', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /aliases \(constructor\): Protoc/);
    assert.match(r.out, /aliases \(__proto__\): Protop/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
