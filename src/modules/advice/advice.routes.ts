// The AI mediator over HTTP, for anyone about to file: the filing page asks it on every pause in typing.
// Nothing is stored; the complaint text is personal data and stays in this request.
import { z } from 'zod';
import { AnalysisView } from '../../contracts/cases.js';
import type { RegisterRoutes } from '../../http/types.js';
import { CATEGORIES, DEMANDS } from '../../mediator/index.js';
import { analysisView } from '../cases/index.js';

const tags = ['mediator'];

const AnalyzeBody = z.strictObject({
  text: z.string().trim().min(1).max(5000),
  /** Facts the page already knows (e.g. from a verified receipt): they win over what the text suggests. */
  facts: z
    .strictObject({
      amountMinor: z.number().int().min(0).max(100_000_000_00).optional(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
      channel: z.enum(['online', 'offline', 'live_stream']).optional(),
      paidAt: z.iso.datetime({ offset: true }).optional(),
      merchantIndustry: z.string().max(40).optional(),
    })
    .optional(),
});
const Label = z.object({ code: z.string(), zh: z.string(), en: z.string() });

export const registerAdviceRoutes: RegisterRoutes = async (app, deps) => {
  app.post(
    '/mediator/analyze',
    {
      schema: {
        tags,
        summary:
          "The AI mediator's reading of a complaint before it is filed (category, law, remedy, route); stores nothing",
        body: AnalyzeBody,
        response: { 200: AnalysisView },
      },
    },
    async (req) => {
      const a = deps.mediator().analyze({
        text: req.body.text,
        ...(req.body.facts ? { facts: req.body.facts } : {}),
        now: deps.clock.now(),
      });
      return analysisView(a);
    },
  );

  app.get(
    '/mediator/labels',
    {
      schema: {
        tags,
        summary: 'The dispute categories and the demands, with their Chinese and English names',
        response: { 200: z.object({ categories: z.array(Label), demands: z.array(Label) }) },
      },
    },
    async () => ({
      categories: CATEGORIES.map((c) => ({ code: c.code, zh: c.name.zh, en: c.name.en })),
      demands: DEMANDS.map((d) => ({ code: d.code, zh: d.name.zh, en: d.name.en })),
    }),
  );
};
