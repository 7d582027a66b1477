// The public shape of the mediator's analysis: plain types (no zod), safe to serialise as JSON.
import type { Bilingual, CategoryCode, DemandCode } from './labels.js';
import type { Route, ScenarioId, SettlementTerm } from './playbooks/types.js';
import type { Remedy } from './remedy/types.js';
import type { RouteDecision, RoutePolicy } from './route.js';
import type { ExtractedFacts, InputFacts } from './text/facts.js';

export type AnalyzeInput = {
  text: string;
  facts?: InputFacts;
  policy?: RoutePolicy;
  /** The moment "today", "上周五" and statutory windows are measured from. Default: now. */
  now?: Date;
};

export type CitedArticle = {
  ref: string;
  lawId: string;
  lawTitle: string;
  /** Article heading as printed, e.g. 第五十五条. */
  no: string;
  text: string;
  reason: Bilingual;
  /** Where the citation came from: the scenario playbook, the full-text search, or both. */
  source: 'playbook' | 'search' | 'both';
  score: number;
};

export type Analysis = {
  version: string;
  input: { original: string; normalized: string; traditional: boolean };
  category: CategoryCode;
  categoryName: Bilingual;
  /** Calibrated probability of the category. */
  confidence: number;
  categoryScores: { code: CategoryCode; probability: number }[];
  demands: { code: DemandCode; name: Bilingual; probability: number }[];
  facts: ExtractedFacts;
  missing: { key: string; question: Bilingual }[];
  scenario: { id: ScenarioId; name: Bilingual };
  articles: CitedArticle[];
  /** Every remedy rule the scenario applied; `remedy` is the main one. */
  remedies: Remedy[];
  remedy?: Remedy;
  settlement: {
    terms: SettlementTerm[];
    /** Sum of the money terms, minor units. */
    totalMinor: number;
    currency: string;
    apology: boolean;
    summary: Bilingual;
  };
  guidance: { consumer: Bilingual; merchant: Bilingual };
  route: Route;
  routeReasons: RouteDecision['reasons'];
  explanation: Bilingual;
};

export type Mediator = {
  analyze(input: AnalyzeInput): Analysis;
  /** The article with its text, for `<law-id>:<n>`. */
  article(ref: string): { ref: string; lawTitle: string; no: string; text: string } | undefined;
  readonly modelInfo: { loaded: boolean; trainedOn: number; corpusSha256: string };
};
