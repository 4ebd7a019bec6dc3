// The injection grammar's patterns (syntaxes/entity-lens.injection.json). The regexes use nothing
// beyond what JavaScript and Oniguruma share, so they are checked here as JavaScript RegExps.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'syntaxes', 'entity-lens.injection.json'), 'utf8'));
const rule = (name: string) => grammar.repository[name] as { match: string; name: string; captures: Record<string, { name: string }> };
const exec = (name: string, text: string) => new RegExp(rule(name).match).exec(text);

describe('extension: injection grammar', () => {
  it('is an injection into Markdown, outside code', () => {
    assert.equal(grammar.scopeName, 'entity-lens.injection');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown/);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
    assert.deepEqual(grammar.patterns, [{ include: '#entity-link' }, { include: '#directive' }]);
  });

  it('every capture group has a scope, and every scope a group', () => {
    for (const name of ['entity-link', 'directive']) {
      const groups = new RegExp(rule(name).match + '|').exec('')!.length - 1;
      assert.deepEqual(Object.keys(rule(name).captures).map(Number), Array.from({ length: groups }, (_, i) => i + 1), name);
    }
  });

  it('entity links: the text, the scheme and the id', () => {
    const m = exec('entity-link', 'Met [統合作戦司令部](entity:jjoc) today.')!;
    assert.equal(m[0], '[統合作戦司令部](entity:jjoc)');
    assert.equal(m[2], '統合作戦司令部');
    assert.equal(m[5], 'entity:jjoc');
    assert.equal(m[8], 'jjoc');
    assert.equal(exec('entity-link', '[the \\[JJOC\\]]( entity:us-forces-japan )')![8], 'us-forces-japan');
    assert.equal(exec('entity-link', '[JJOC](https://example.org)'), null);
    assert.equal(exec('entity-link', '[JJOC](entity:)'), null);
    assert.equal(exec('entity-link', '[JJOC](entities:jjoc)'), null);
  });

  it('disable and enable comments', () => {
    const m = exec('directive', '<!-- entity-lens-disable fact-conflict ambiguous-mention -->')!;
    assert.equal(m[2], 'entity-lens-disable');
    assert.equal(m[3]!.trim(), 'fact-conflict ambiguous-mention');
    assert.equal(exec('directive', '<!--entity-lens-enable-->')![2], 'entity-lens-enable');
    assert.equal(exec('directive', 'text <!-- entity-lens-disable-line -->')![2], 'entity-lens-disable-line');
    assert.equal(exec('directive', '<!-- entity-lens-disable-next-line fact-conflict -->')![2], 'entity-lens-disable-next-line');
    assert.equal(exec('directive', '<!-- entity-lens-disabled -->'), null);
    assert.equal(exec('directive', '<!-- an ordinary comment -->'), null);
  });
});
