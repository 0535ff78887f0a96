// A MachineTranslation that tags texts with the target language ("[de] …"), or fails, for conversation tests.
import type { Lang } from '../../../src/knowledge/types';
import type { MachineTranslateOptions, MachineTranslation } from '../../../src/translate/types';

export class FakeTranslation implements MachineTranslation {
  readonly calls: { texts: string[]; source: Lang; target: Lang; options?: MachineTranslateOptions }[] = [];
  /** What `detect` answers (the translator's own language detection). */
  detectAs: Lang | undefined;

  /** `dictionary`: exact translations to use instead of the "[target] text" tag. */
  constructor(
    public available = true,
    private readonly dictionary: Record<string, string> = {},
  ) {}

  async detect(): Promise<Lang | undefined> {
    return this.available ? this.detectAs : undefined;
  }

  async translate(texts: string[], source: Lang, target: Lang, options?: MachineTranslateOptions): Promise<string[] | undefined> {
    this.calls.push({ texts, source, target, options });
    if (!this.available) return undefined;
    return texts.map((t) => this.dictionary[t] ?? `[${target}] ${t}`);
  }
}
