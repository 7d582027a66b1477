// Presents a case to one viewer: what their role may see, in the API's shape (see contracts/cases.ts).
import type { z } from 'zod';
import type { CaseSummaryView, CaseView } from '../../contracts/cases.js';
import type { Analysis } from '../../mediator/index.js';
import type { listCaseAudit } from '../audit/audit.js';
import type { CaseRole } from '../identity/policy.js';
import { deadlineLabel } from './case.deadlines.js';
import type { MerchantBrief } from './case.parties.repository.js';
import type { CaseRow, DeadlineRow, MessageRow, OfferRow } from './case.repository.js';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export function deadlineView(d: DeadlineRow) {
  return {
    kind: d.kind,
    label: deadlineLabel(d.kind),
    status: d.status,
    basis: d.basis,
    startedAt: d.startedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    endedAt: iso(d.endedAt),
    pausedMs: d.pausedMs,
  };
}

export function summaryView(
  c: CaseRow,
  merchant: MerchantBrief | undefined,
  nextDueAt: Date | null,
): z.infer<typeof CaseSummaryView> {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    tier: c.tier,
    title: c.title,
    merchant: merchant ? { id: merchant.id, name: merchant.name } : null,
    waitingOnConsumer: c.waitingOnConsumer,
    filedAt: c.filedAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    nextDueAt: iso(nextDueAt),
  };
}

export type CaseDetailParts = {
  c: CaseRow;
  role: CaseRole;
  regionCode: string;
  merchant: MerchantBrief | undefined;
  org: { id: string; name: string } | undefined;
  deadlines: DeadlineRow[];
  offers: OfferRow[];
  messages: MessageRow[];
  audit: Awaited<ReturnType<typeof listCaseAudit>>;
  allowedActions: string[];
  analysis: (AnalysisJson & { analysedAt: Date }) | null;
};

/** The stored analysis JSON (the mediator's Analysis, as written by analyze-due-cases.ts). */
export type AnalysisJson = Analysis;

export function analysisView(a: Analysis) {
  return {
    version: a.version,
    category: a.category,
    categoryName: a.categoryName,
    confidence: a.confidence,
    demands: a.demands,
    facts: a.facts as unknown as Record<string, unknown>,
    missing: a.missing,
    scenario: a.scenario,
    articles: a.articles.map((x) => ({ ref: x.ref, lawTitle: x.lawTitle, no: x.no, text: x.text, reason: x.reason })),
    remedy: (a.remedy as unknown as Record<string, unknown>) ?? null,
    settlement: {
      ...a.settlement,
      terms: a.settlement.terms as unknown as Record<string, unknown>[],
    },
    guidance: a.guidance,
    route: a.route,
    routeReasons: a.routeReasons,
    explanation: a.explanation,
  };
}

export function detailView(p: CaseDetailParts): z.infer<typeof CaseView> {
  const { c } = p;
  const active = p.deadlines.filter((d) => d.status === 'active').sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    ...summaryView(c, p.merchant, active[0]?.dueAt ?? null),
    region: { id: c.regionId, code: p.regionCode },
    description: c.description,
    demands: c.demands,
    claim: c.claimMinor === null ? null : { amountMinor: c.claimMinor, currency: c.currency },
    purchase: c.purchase,
    merchant: p.merchant ?? null,
    // Nobody gets the consumer's full phone number through the API; the masked form is enough to recognise it.
    consumer: { phoneMasked: c.consumerPhoneMasked },
    assignedOrg: p.org ?? null,
    assigneeUserId: c.assigneeUserId,
    waitingReason: c.waitingReason,
    pausedAt: iso(c.pausedAt),
    fulfilment: { merchantConfirmed: c.merchantConfirmed, consumerConfirmed: c.consumerConfirmed },
    outcome: c.outcome ?? null,
    rating: c.rating === null ? null : { score: c.rating, comment: c.ratingComment },
    times: {
      firstResponseAt: iso(c.firstResponseAt),
      settledAt: iso(c.settledAt),
      closedAt: iso(c.closedAt),
      responseMs: c.responseMs,
      resolutionMs: c.resolutionMs,
      pausedTotalMs: c.pausedTotalMs,
    },
    deadlines: p.deadlines.map(deadlineView),
    offers: p.offers.map((o) => ({
      id: o.id,
      by: o.by,
      terms: o.terms,
      totalMinor: o.totalMinor,
      currency: o.currency,
      message: o.message,
      status: o.status,
      responseReason: o.responseReason,
      createdAt: o.createdAt.toISOString(),
      respondedAt: iso(o.respondedAt),
    })),
    messages: p.messages.map((m) => ({
      id: m.id,
      authorRole: m.authorRole,
      kind: m.kind,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    timeline: p.audit.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorRole: e.actorRole,
      action: e.action,
      from: (e.before?.status as string | undefined) ?? null,
      to: (e.after?.status as string | undefined) ?? null,
      data: e.after?.data,
    })),
    viewerRole: p.role,
    allowedActions: p.allowedActions,
    analysis: p.analysis ? { ...analysisView(p.analysis), analysedAt: p.analysis.analysedAt.toISOString() } : null,
  };
}
