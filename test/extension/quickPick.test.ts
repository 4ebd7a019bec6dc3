// "Find Entity…" quick-pick items.
import { strict as assert } from 'node:assert';
import { entityPickItem, entityPickItems, typeIcon } from '../../src/extension/pure/quickPick';
import { jjocSummary } from './fixtures';

describe('extension: Find Entity items', () => {
  it('English UI: English label, Japanese label in the detail, aliases (not the labels) as description', () => {
    assert.deepEqual(entityPickItem(jjocSummary, 'en'), {
      label: '$(organization) Japan Joint Operations Command',
      description: 'JJOC, Joint Operations Command, 統作司',
      detail: '統合作戦司令部 · organization · jjoc',
      alwaysShow: true,
      id: 'jjoc',
    });
  });

  it('Japanese UI: Japanese label first, Japanese aliases first', () => {
    const item = entityPickItem(jjocSummary, 'ja');
    assert.equal(item.label, '$(organization) 統合作戦司令部');
    assert.equal(item.description, '統作司, JJOC, Joint Operations Command');
    assert.equal(item.detail, 'Japan Joint Operations Command · organization · jjoc');
  });

  it('falls back to the other language, then the id; no empty description', () => {
    const item = entityPickItem({ id: 'x-1', type: 'widget', labels: { ja: 'エックス' }, aliases: {} }, 'en');
    assert.equal(item.label, '$(symbol-misc) エックス');
    assert.equal(item.description, undefined);
    assert.equal(item.detail, 'widget · x-1');
    assert.equal(entityPickItem({ id: 'bare', type: 'person', labels: {}, aliases: {} }, 'ja').label, '$(person) bare');
  });

  it('long alias lists are cut with an ellipsis', () => {
    const aliases = { en: Array.from({ length: 12 }, (_, i) => `A${i}`) };
    const item = entityPickItem({ id: 'many', type: 'place', labels: { en: 'Many' }, aliases }, 'en');
    assert.equal(item.description, 'A0, A1, A2, A3, A4, A5, A6, A7, …');
  });

  it('keeps the server order and always shows what the server matched', () => {
    const items = entityPickItems([jjocSummary, { ...jjocSummary, id: 'b' }], 'en');
    assert.deepEqual(items.map((i) => i.id), ['jjoc', 'b']);
    assert.ok(items.every((i) => i.alwaysShow));
    assert.equal(typeIcon('event'), '$(calendar)');
  });
});
