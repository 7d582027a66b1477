// `hejie mediator train | analyze | eval`: the AI mediator's tooling. None of these needs a database.
//   train                                    retrain data/mediator/model.json from the training corpus
//   analyze --input IN.jsonl --output OUT.jsonl   one analysis per {"id","text"} line
//   eval --input LABELLED.jsonl              accuracy, micro-F1, recall@3, per category, confusion matrix
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { evaluate, formatReport, type Labelled } from '../../mediator/eval.js';
import { type Analysis, type InputFacts, loadMediator } from '../../mediator/index.js';
import { DEFAULT_DATA_DIR, modelPath } from '../../mediator/loader.js';
import { crossValidate, parseJsonl, trainFromJsonl } from '../../mediator/trainer.js';

type InputLine = { id: string; text: string; facts?: InputFacts; now?: string };

/** The output line: the evaluation fields first (codes and ranked references), then the full analysis. */
function outputLine(id: string, a: Analysis) {
  return {
    id,
    category: a.category,
    demands: a.demands.map((d) => d.code),
    articles: a.articles.map((x) => x.ref),
    route: a.route,
    confidence: a.confidence,
    scenario: a.scenario.id,
    routeReasons: a.routeReasons,
    demandScores: a.demands,
    missing: a.missing,
    remedy: a.remedy,
    remedies: a.remedies,
    settlement: a.settlement,
    facts: a.facts,
    citations: a.articles,
    explanation: a.explanation,
  };
}

function analyzeLines(lines: readonly InputLine[]) {
  const mediator = loadMediator();
  return lines.map((l) =>
    outputLine(l.id, mediator.analyze({ text: l.text, facts: l.facts, now: l.now ? new Date(l.now) : undefined })),
  );
}

export function mediatorCommand(): Command {
  const mediator = new Command('mediator').description('the AI mediator: train, analyze, evaluate');
  mediator
    .command('train')
    .description(
      'retrain the classifier from data/mediator/corpus/train.jsonl (deterministic) and write data/mediator/model.json',
    )
    .option('--corpus <file>', 'training corpus', join(DEFAULT_DATA_DIR, 'mediator', 'corpus', 'train.jsonl'))
    .option('--output <file>', 'model file', modelPath(DEFAULT_DATA_DIR))
    .option('--epochs <n>', 'optimiser iterations', (v) => Number.parseInt(v, 10))
    .action((opts: { corpus: string; output: string; epochs?: number }) => {
      const t0 = performance.now();
      const { model, examples, skipped } = trainFromJsonl(readFileSync(opts.corpus, 'utf8'), DEFAULT_DATA_DIR, {
        epochs: opts.epochs,
      });
      const json = `${JSON.stringify(model)}\n`;
      writeFileSync(opts.output, json);
      const m = model.meta;
      console.log(
        `trained on ${examples} complaints (${skipped} skipped), ${model.features.length} features, λ=${m.l2}, ${m.epochs} epochs`,
      );
      console.log(
        `held-out slice of the training corpus (${m.heldOut}): category accuracy ${m.heldOutCategoryAccuracy}, demand micro-F1 ${m.heldOutDemandF1}`,
      );
      console.log(
        `temperatures: category ${model.category.temperature}, demands ${model.demands.temperature}; demand threshold ${model.demands.threshold}`,
      );
      console.log(
        `wrote ${opts.output} (${(json.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s; corpus sha256 ${m.corpusSha256.slice(0, 12)}`,
      );
    });
  mediator
    .command('cv')
    .description('k-fold cross-validation on the training corpus (for engine changes; never tune on dev)')
    .option('--corpus <file>', 'training corpus', join(DEFAULT_DATA_DIR, 'mediator', 'corpus', 'train.jsonl'))
    .option('--folds <k>', 'number of folds', (v) => Number.parseInt(v, 10), 5)
    .option('--epochs <n>', 'optimiser iterations', (v) => Number.parseInt(v, 10))
    .action((opts: { corpus: string; folds: number; epochs?: number }) => {
      const report = crossValidate(readFileSync(opts.corpus, 'utf8'), DEFAULT_DATA_DIR, opts.folds, {
        epochs: opts.epochs,
      });
      console.log(formatReport(report));
    });
  mediator
    .command('analyze')
    .description('analyse each {"id","text"} line of a JSONL file')
    .requiredOption('--input <file>', 'JSONL, one {"id","text"} per line (optional "facts", "now")')
    .requiredOption('--output <file>', 'JSONL, one analysis per line')
    .action((opts: { input: string; output: string }) => {
      const lines = parseJsonl<InputLine>(readFileSync(opts.input, 'utf8'));
      const out = analyzeLines(lines);
      writeFileSync(opts.output, out.map((o) => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
      console.log(`analysed ${out.length} complaints → ${opts.output}`);
    });
  mediator
    .command('eval')
    .description('evaluate on a labelled JSONL file ({"id","text","category","demands","articles"})')
    .requiredOption('--input <file>', 'labelled JSONL')
    .option('--failures <n>', 'print up to n misclassified complaints', (v) => Number.parseInt(v, 10), 0)
    .action((opts: { input: string; failures: number }) => {
      const gold = parseJsonl<Labelled & { text: string; now?: string }>(readFileSync(opts.input, 'utf8'));
      const predicted = analyzeLines(gold);
      const report = evaluate(gold, predicted);
      console.log(formatReport(report));
      const texts = new Map(gold.map((g) => [g.id, g.text]));
      for (const f of report.failures.slice(0, opts.failures)) {
        console.log(`\n${f.id}: gold ${f.gold.category} → predicted ${f.predicted.category}\n  ${texts.get(f.id)}`);
      }
    });
  return mediator;
}
