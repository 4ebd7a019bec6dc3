// The fact check judged on real prose nobody on the project wrote (../shared/realprose): mention
// recall and precision, no false conflict on the unedited texts, and value-edited versions of
// real sentences flagged on the right entity and property. The floors are the figures reached so
// far: they may only go up. Where the corpus is absent (a user's clone) the suite says so in one
// line and checks nothing.
import { strict as assert } from 'node:assert';
import { bundledDatasetText, serviceWith } from '../helpers';
import { loadRealprose } from './mutations';
import { formatScore, scoreRealprose, type RealproseScore } from './score';

const FLOORS = {
  strictRecall: 0.985,
  precision: 0.996,
  mutations: { all: 0.96, en: 0.94, ja: 0.97 },
};

const corpus = loadRealprose();

(corpus ? describe : describe.skip)(`real prose${corpus ? '' : ': skipped (../shared/realprose is absent)'}`, () => {
  let score: RealproseScore;

  before(function () {
    this.timeout(120000);
    const { service } = serviceWith();
    score = scoreRealprose(service, corpus!, bundledDatasetText());
    console.log(formatScore(score).replace(/^/gm, '      '));
  });

  it(`finds at least ${(FLOORS.strictRecall * 100).toFixed(1)}% of the strict mentions, with at least ${(FLOORS.precision * 100).toFixed(1)}% precision`, () => {
    const { strict, precision } = score.mentions.all;
    assert.ok(strict.hit / strict.of >= FLOORS.strictRecall, `strict recall ${strict.hit}/${strict.of}`);
    assert.ok(precision.hit / precision.of >= FLOORS.precision, `precision ${precision.hit}/${precision.of}`);
  });

  it('raises no false conflict on the unedited texts', () => {
    assert.deepEqual(score.falseConflicts, []);
  });

  for (const key of ['all', 'en', 'ja'] as const) {
    it(`flags at least ${Math.round(FLOORS.mutations[key] * 100)}% of the value-edited claims (${key})`, () => {
      const r = score.mutations[key]!;
      assert.ok(r.of > 0, 'the generator made cases');
      assert.ok(r.hit / r.of >= FLOORS.mutations[key], `${r.hit}/${r.of} flagged; missed:\n${score.missed.join('\n')}`);
    });
  }
});
