// Normalisation for analysis. The consumer's original text is always kept; this produces the form the
// extractors, the classifier and retrieval read: half-width ASCII, no emoji, single spaces, simplified
// characters. Positions in extracted facts refer to this normalised form.

export type ToSimplified = (text: string) => string;

export type NormalizedText = {
  original: string;
  /** Half-width, emoji-free, whitespace-collapsed, simplified. */
  text: string;
  /** True when the traditional→simplified conversion changed something. */
  traditional: boolean;
};

const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\ufe0e\ufe0f\u20e3]|\u200d/gu;

/** Full-width ASCII variants (U+FF01–FF5E) and the ideographic space map to ASCII; ￥ to ¥. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else out += ch;
  }
  return out;
}

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

// Chinese needs no spaces between words; spaces between two CJK characters are noise from phone keyboards,
// while a space between Latin words (e.g. "iPhone 15") carries meaning and is kept as one.
function collapseSpaces(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '')
    .trim();
}

export function normalize(original: string, toSimplified: ToSimplified): NormalizedText {
  const half = collapseSpaces(stripEmoji(toHalfWidth(original.normalize('NFC'))));
  const text = toSimplified(half);
  return { original, text, traditional: text !== half };
}
