// The vendored statute corpus (data/laws/) as typed values, indexed by the article reference `<law-id>:<n>`.
// Texts are kept byte-exact: the mediator cites them to both parties, so nothing here rewrites them.

export type LawArticle = {
  ref: string;
  lawId: string;
  n: number;
  /** The heading as printed, e.g. 第五十五条. */
  no: string;
  chapter: string;
  text: string;
};

export type Law = {
  id: string;
  title: string;
  effective: string;
  articles: LawArticle[];
};

export type LawIndex = {
  laws: ReadonlyMap<string, Law>;
  articles: readonly LawArticle[];
  get(ref: string): LawArticle | undefined;
};

type RawLaw = {
  id: string;
  title: string;
  effective: string;
  articles: { no: string; n: number; chapter?: string; text: string }[];
};

export function articleRef(lawId: string, n: number): string {
  return `${lawId}:${n}`;
}

/** Parses `cpl:55` into its parts; undefined for anything that is not a well-formed reference. */
export function parseRef(ref: string): { lawId: string; n: number } | undefined {
  const m = /^([a-z][a-z0-9-]*):(\d+)$/.exec(ref);
  return m ? { lawId: m[1]!, n: Number(m[2]) } : undefined;
}

export function buildLawIndex(raws: readonly unknown[]): LawIndex {
  const laws = new Map<string, Law>();
  const byRef = new Map<string, LawArticle>();
  const all: LawArticle[] = [];
  for (const raw of raws as RawLaw[]) {
    if (typeof raw?.id !== 'string' || !Array.isArray(raw.articles)) throw new Error('malformed law file');
    const articles = raw.articles.map(
      (a): LawArticle => ({
        ref: articleRef(raw.id, a.n),
        lawId: raw.id,
        n: a.n,
        no: a.no,
        chapter: a.chapter ?? '',
        text: a.text,
      }),
    );
    laws.set(raw.id, { id: raw.id, title: raw.title, effective: raw.effective, articles });
    for (const a of articles) {
      byRef.set(a.ref, a);
      all.push(a);
    }
  }
  return { laws, articles: all, get: (ref) => byRef.get(ref) };
}
