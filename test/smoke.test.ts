import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
describe('smoke', () => { it('parses', () => { const t = unified().use(remarkParse).parse('# Hi'); assert.equal(t.type, 'root'); }); });
