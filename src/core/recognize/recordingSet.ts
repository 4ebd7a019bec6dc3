// Recognition's record of which entities a block asked about and added, so that an edited
// document's unchanged blocks can be reused (service.ts, laterContext.ts).

/**
 * The entities mentioned so far in a document, remembering, while recording, which ones a block
 * asked about (and the answers) and which it added: a block's mentions can be reused when the
 * same questions get the same answers.
 */
export class RecordingSet extends Set<string> {
  private reads: Map<string, boolean> | undefined;
  private adds: string[] = [];

  startRecording(): void {
    this.reads = new Map();
    this.adds = [];
  }

  stopRecording(): { reads: Array<[string, boolean]>; adds: string[] } {
    const result = { reads: [...(this.reads ?? [])], adds: this.adds };
    this.reads = undefined;
    return result;
  }

  override has(id: string): boolean {
    const had = super.has(id);
    if (this.reads && !this.reads.has(id) && !this.adds.includes(id)) this.reads.set(id, had);
    return had;
  }

  override add(id: string): this {
    // Every id the block adds, also one already there: the block may be reused where an earlier
    // block no longer added it (its name edited away), and then it must add it itself.
    if (this.reads && !this.adds.includes(id)) this.adds.push(id);
    return super.add(id);
  }
}
