// Evaluation figures for a labelled set: category accuracy with per-category precision/recall and the
// confusion matrix, demand micro-F1, and article recall@3. Pure: the CLI feeds it predictions and gold.
import { CATEGORY_CODES, type CategoryCode } from './labels.js';

export type Labelled = { id: string; category: string; demands: readonly string[]; articles: readonly string[] };
export type Predicted = { id: string; category: string; demands: readonly string[]; articles: readonly string[] };

export type PerCategory = {
  code: string;
  support: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
};

export type EvalReport = {
  n: number;
  categoryAccuracy: number;
  demandMicroF1: number;
  demandPrecision: number;
  demandRecall: number;
  /** Mean over complaints of |gold ∩ top 3| / |gold|. */
  articleRecallAt3: number;
  perCategory: PerCategory[];
  /** confusion[gold][predicted] = count, over CATEGORY_CODES (plus any unknown gold code). */
  labels: string[];
  confusion: number[][];
  failures: { id: string; gold: Labelled; predicted: Predicted }[];
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function evaluate(gold: readonly Labelled[], predicted: readonly Predicted[]): EvalReport {
  const byId = new Map(predicted.map((p) => [p.id, p]));
  const labels: string[] = [...CATEGORY_CODES];
  for (const g of gold) if (!labels.includes(g.category)) labels.push(g.category);
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let recallSum = 0;
  const failures: EvalReport['failures'] = [];
  for (const g of gold) {
    const p = byId.get(g.id) ?? { id: g.id, category: 'other', demands: [], articles: [] };
    const gi = labels.indexOf(g.category);
    const pi = labels.indexOf(p.category);
    if (gi >= 0 && pi >= 0) confusion[gi]![pi]!++;
    if (g.category === p.category) correct++;
    else failures.push({ id: g.id, gold: g, predicted: p });
    const gd = new Set(g.demands);
    const pd = new Set(p.demands);
    for (const d of pd)
      if (gd.has(d)) tp++;
      else fp++;
    for (const d of gd) if (!pd.has(d)) fn++;
    const top3 = new Set(p.articles.slice(0, 3));
    recallSum += g.articles.length ? ratio(g.articles.filter((a) => top3.has(a)).length, g.articles.length) : 1;
  }
  const perCategory = labels
    .map((code, i): PerCategory => {
      const support = confusion[i]!.reduce((s, x) => s + x, 0);
      const predictedN = confusion.reduce((s, row) => s + row[i]!, 0);
      const c = confusion[i]![i]!;
      const precision = ratio(c, predictedN);
      const recall = ratio(c, support);
      return {
        code,
        support,
        predicted: predictedN,
        correct: c,
        precision: round(precision),
        recall: round(recall),
        f1: round(ratio(2 * precision * recall, precision + recall)),
      };
    })
    .filter((r) => r.support > 0 || r.predicted > 0);
  const dp = ratio(tp, tp + fp);
  const dr = ratio(tp, tp + fn);
  return {
    n: gold.length,
    categoryAccuracy: round(ratio(correct, gold.length)),
    demandMicroF1: round(ratio(2 * tp, 2 * tp + fp + fn)),
    demandPrecision: round(dp),
    demandRecall: round(dr),
    articleRecallAt3: round(ratio(recallSum, gold.length)),
    perCategory,
    labels,
    confusion,
    failures,
  };
}

/** The report as plain text: headline figures, a per-category table and the confusion matrix. */
export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`complaints: ${r.n}`);
  lines.push(`category accuracy: ${r.categoryAccuracy.toFixed(4)}`);
  lines.push(
    `demand micro-F1: ${r.demandMicroF1.toFixed(4)} (precision ${r.demandPrecision.toFixed(4)}, recall ${r.demandRecall.toFixed(4)})`,
  );
  lines.push(`article recall@3: ${r.articleRecallAt3.toFixed(4)}`);
  lines.push('');
  lines.push('| category | support | predicted | correct | precision | recall | F1 |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const c of r.perCategory)
    lines.push(
      `| ${c.code} | ${c.support} | ${c.predicted} | ${c.correct} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${c.f1.toFixed(2)} |`,
    );
  lines.push('');
  const used = r.labels
    .map((_, i) => i)
    .filter((i) => r.confusion[i]!.some((x) => x > 0) || r.confusion.some((row) => row[i]! > 0));
  const short = (code: string) => code.slice(0, 8);
  lines.push('confusion matrix (rows gold, columns predicted):');
  lines.push(`| gold \\ pred | ${used.map((i) => short(r.labels[i]!)).join(' | ')} |`);
  lines.push(`| --- | ${used.map(() => '---').join(' | ')} |`);
  for (const i of used) lines.push(`| ${r.labels[i]} | ${used.map((j) => String(r.confusion[i]![j])).join(' | ')} |`);
  return lines.join('\n');
}

export function isCategoryCode(code: string): code is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(code);
}
