// A MachineTranslation that tags texts with the target language ("[de] …"), or fails, for conversation tests.
import type { Lang } from '../../../src/knowledge/types';
import type { MachineTranslation } from '../../../src/translate/types';

export class FakeTranslation implements MachineTranslation {
  readonly calls: { texts: string[]; source: Lang; target: Lang }[] = [];

  /** `dictionary`: exact translations to use instead of the "[target] text" tag. */
  constructor(
    public available = true,
    private readonly dictionary: Record<string, string> = {},
  ) {}

  async detect(): Promise<Lang | undefined> {
    return undefined;
  }

  async translate(texts: string[], source: Lang, target: Lang): Promise<string[] | undefined> {
    this.calls.push({ texts, source, target });
    if (!this.available) return undefined;
    return texts.map((t) => this.dictionary[t] ?? `[${target}] ${t}`);
  }
}
