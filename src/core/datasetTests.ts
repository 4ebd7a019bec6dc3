// Runs a dataset's inline tests (prh's `specs`): each sentence must resolve to the listed
// entities and raise exactly the listed conflicts.

import type { Dataset, DatasetTest, DocumentAnalysis, Problem } from './model';
import type { TextDocument } from './service';

export interface DatasetTestResult {
  test: DatasetTest;
  passed: boolean;
  /** What differed, for people. Empty when passed. */
  failures: string[];
  analysis: DocumentAnalysis;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function runDatasetTests(dataset: Dataset, analyze: (doc: TextDocument) => DocumentAnalysis): DatasetTestResult[] {
  return dataset.tests.map((test) => {
    const analysis = analyze({ file: test.span?.file ?? '<test>', text: test.text, kind: 'plaintext' });
    const failures: string[] = [];
    if (test.mentions) {
      const got = analysis.mentions.map((m) => m.entity);
      if (!sameList(got, test.mentions)) failures.push(`mentions: expected [${test.mentions.join(', ')}], got [${got.join(', ')}]`);
    }
    if (test.conflicts) {
      const key = (c: { entity?: string; property?: string }) => `${c.entity}.${c.property}`;
      const got = analysis.diagnostics.filter((d) => d.code === 'fact-conflict').map(key).sort();
      const want = test.conflicts.map(key).sort();
      if (!sameList(got, want)) failures.push(`conflicts: expected [${want.join(', ')}], got [${got.join(', ')}]`);
    }
    return { test, passed: failures.length === 0, failures, analysis };
  });
}

/** Failed tests as problems on the dataset file, at the test's line. */
export function testFailuresAsProblems(results: DatasetTestResult[]): Problem[] {
  return results
    .filter((r) => !r.passed)
    .map((r) => ({
      code: 'dataset.test-failed',
      severity: 'error' as const,
      message: `Dataset test failed: "${r.test.text}": ${r.failures.join('; ')}`,
      file: r.test.span?.file,
      range: r.test.span?.range,
    }));
}
