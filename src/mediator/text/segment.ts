// Word segmentation: jieba with the project's legal/consumer dictionary (data/mediator/dict.txt) so that
// terms such as 退一赔三 or 七天无理由退货 stay one token for the classifier and for retrieval.
export type Segmenter = { cut(text: string): string[] };

/** The minimal part of @node-rs/jieba's `Jieba` the mediator uses; tests may pass a fake. */
export type JiebaLike = { cut(sentence: string, hmm?: boolean): string[] };

const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]+$/u;

export function makeSegmenter(jieba: JiebaLike): Segmenter {
  return {
    cut(text: string): string[] {
      return jieba.cut(text, true).filter((t) => !PUNCT_OR_SPACE.test(t));
    },
  };
}
