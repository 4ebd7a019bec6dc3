// The status bar item's text and tooltip.
import { strict as assert } from 'node:assert';
import { statusView } from '../../src/extension/pure/statusText';
import { marked, status, t } from './fixtures';

describe('extension: status bar text', () => {
  it('ready: entity and problem counts (dataset + notes)', () => {
    const v = statusView(status({ datasetProblems: 1, documentProblems: 1 }), 'running', t);
    assert.equal(v.text, '$(book) Entity Lens: 59 entities · 2 problems');
    assert.equal(v.plain, 'Entity Lens: 59 entities · 2 problems');
    assert.equal(v.severity, 'normal');
    assert.equal(v.tooltip.split('\n')[0], 'Loaded 1 dataset.');
    assert.ok(v.tooltip.includes('Dataset problems: 1'));
    assert.ok(v.tooltip.endsWith('Click to show the output.'));
  });

  it('singulars', () => {
    assert.equal(statusView(status({ entities: 1, documentProblems: 1 }), 'running', t).plain, 'Entity Lens: 1 entity · 1 problem');
    assert.equal(statusView(status({ documentProblems: 0 }), 'running', t).plain, 'Entity Lens: 59 entities · 0 problems');
  });

  it('says why nothing is checked', () => {
    assert.equal(statusView(status({ state: 'noDataset', entities: 0 }), 'running', t).text, '$(circle-slash) Entity Lens: no dataset');
    assert.equal(statusView(status({ state: 'noDataset' }), 'running', t).severity, 'warning');
    const errors = statusView(status({ state: 'datasetErrors', datasetProblems: 3 }), 'running', t);
    assert.equal(errors.text, '$(error) Entity Lens: dataset errors (3)');
    assert.equal(errors.severity, 'error');
    assert.equal(statusView(status({ state: 'loading' }), 'running', t).text, '$(sync~spin) Entity Lens: loading datasets…');
    assert.equal(statusView(status({ state: 'indexing', indexedFiles: 12 }), 'running', t).text, '$(sync~spin) Entity Lens: indexing (12 files)…');
  });

  it('Restricted Mode is visible in the text and explained in the tooltip', () => {
    const v = statusView(status({ restricted: true }), 'running', t);
    assert.equal(v.text, '$(shield) Entity Lens: 59 entities · 2 problems · Restricted Mode');
    assert.ok(v.tooltip.includes('trust the workspace'));
  });

  it('before the first status, and when the server is down', () => {
    assert.equal(statusView(undefined, 'starting', t).text, '$(sync~spin) Entity Lens: starting…');
    const down = statusView(status(), 'stopped', t);
    assert.equal(down.text, '$(error) Entity Lens: server stopped');
    assert.equal(down.severity, 'error');
  });

  it('every word goes through the translation function', () => {
    const v = statusView(status({ restricted: true }), 'running', marked);
    assert.equal(v.plain, '«Entity Lens: «59 entities» · «2 problems» · «Restricted Mode»»');
  });
});
