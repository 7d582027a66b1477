// Word segmentation: jieba with the project's legal/consumer dictionary (data/mediator/dict.txt) so that
// terms such as 退一赔三 or 七天无理由退货 stay one token for the classifier and for retrieval.
export type Segmenter = {
  cut(text: string): string[];
  /** Dictionary words only (no HMM for unknown words): for retrieval, where both sides must cut alike. */
  cutPlain(text: string): string[];
  /** Cuts many texts in one native call (much cheaper than one call each); keeps all tokens. */
  cutMany(texts: readonly string[]): string[][];
};

/** The minimal part of @node-rs/jieba's `Jieba` the mediator uses; tests may pass a fake. */
export type JiebaLike = { cut(sentence: string, hmm?: boolean): string[] };

const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]+$/u;

export function makeSegmenter(jieba: JiebaLike): Segmenter {
  return {
    cut(text: string): string[] {
      return jieba.cut(text, true).filter((t) => !PUNCT_OR_SPACE.test(t));
    },
    cutPlain(text: string): string[] {
      return jieba.cut(text, false);
    },
    cutMany(texts: readonly string[]): string[][] {
      // A line feed never occurs inside a token, so it separates the texts again after one cut.
      const out: string[][] = [[]];
      for (const t of jieba.cut(texts.map((x) => x.replace(/\n/g, ' ')).join('\n'), false)) {
        if (t === '\n') out.push([]);
        else out[out.length - 1]!.push(t);
      }
      return out;
    },
  };
}
