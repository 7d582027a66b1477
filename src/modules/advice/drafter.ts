// Drafting message text for a party of a case (a merchant's reply, a consumer's answer, a mediator's proposal).
// The local drafter writes from the AI mediator's own reading; an OpenAI-compatible chat model can be
// plugged in (LLM_BASE_URL) to polish the wording. Nothing depends on the model: on any failure, timeout
// or refusal the local draft is used. Only the reading is sent — never the complaint text, the parties'
// names or contacts — because complaints are personal data.
import type { Analysis } from '../../mediator/index.js';

export type DraftAudience = 'merchant' | 'consumer' | 'mediator';
export type DraftRequest = { audience: DraftAudience; analysis: Analysis; caseNumber: string; lang: 'zh' | 'en' };
export type Draft = { text: string; source: 'local' | 'llm' };
export type Drafter = { draft(req: DraftRequest): Promise<Draft> };

const yuan = (minor: number) => `¥${(minor / 100).toFixed(2)}`;

/** The facts the draft rests on, in one short block (also what a model is given). */
export function draftBrief(req: DraftRequest): string {
  const a = req.analysis;
  const zh = req.lang === 'zh';
  const laws = a.articles
    .slice(0, 3)
    .map((x) => `${x.lawTitle}${x.no}`)
    .join(zh ? '、' : ', ');
  const settlement = a.settlement.summary[req.lang];
  return zh
    ? `案件 ${req.caseNumber}；争议类型：${a.categoryName.zh}；适用：${laws}；建议方案：${settlement}${a.settlement.totalMinor ? `（合计 ${yuan(a.settlement.totalMinor)}）` : ''}`
    : `Case ${req.caseNumber}; dispute: ${a.categoryName.en}; law: ${laws}; proposed settlement: ${settlement}${a.settlement.totalMinor ? ` (total ${yuan(a.settlement.totalMinor)})` : ''}`;
}

export const localDrafter: Drafter = {
  async draft(req) {
    const a = req.analysis;
    const zh = req.lang === 'zh';
    const guidance = req.audience === 'consumer' ? a.guidance.consumer[req.lang] : a.guidance.merchant[req.lang];
    const opening =
      req.audience === 'merchant'
        ? zh
          ? `您好，关于案件 ${req.caseNumber}，我们已收到您的投诉。`
          : `Hello, about case ${req.caseNumber}: we have received your complaint.`
        : req.audience === 'consumer'
          ? zh
            ? `关于案件 ${req.caseNumber}，我补充说明如下。`
            : `About case ${req.caseNumber}, I would like to add the following.`
          : zh
            ? `双方好，关于案件 ${req.caseNumber}，调解建议如下。`
            : `Dear both, about case ${req.caseNumber}, here is the mediator's proposal.`;
    const proposal = zh ? `建议：${a.settlement.summary.zh}` : `Proposal: ${a.settlement.summary.en}`;
    return { text: [opening, draftBrief(req), proposal, guidance].filter(Boolean).join('\n'), source: 'local' };
  },
};

export type LlmConfig = { baseUrl: string; apiKey: string | undefined; model: string; timeoutMs: number };

/** Any server speaking the OpenAI chat-completions API (a local vLLM, Ollama, or a hosted model the deployer trusts). */
export function openAiCompatibleDrafter(
  cfg: LlmConfig,
  fallback: Drafter = localDrafter,
  fetchImpl: typeof fetch = fetch,
): Drafter {
  return {
    async draft(req) {
      const base = await fallback.draft(req);
      const who = { merchant: '商户', consumer: '消费者', mediator: '调解员' }[req.audience];
      try {
        const res = await fetchImpl(`${cfg.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: cfg.model,
            temperature: 0.2,
            max_tokens: 400,
            messages: [
              {
                role: 'system',
                content:
                  req.lang === 'zh'
                    ? `你为消费纠纷平台起草${who}的留言。语气礼貌、简洁，不编造事实、金额或法条，只可使用给出的信息。`
                    : 'You draft a short, polite message for a consumer-dispute platform. Do not invent facts, amounts or laws; use only what is given.',
              },
              { role: 'user', content: `${draftBrief(req)}\n---\n${base.text}` },
            ],
          }),
          signal: AbortSignal.timeout(cfg.timeoutMs),
        });
        if (!res.ok) return base;
        const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
        const text = body.choices?.[0]?.message?.content;
        return typeof text === 'string' && text.trim() ? { text: text.trim().slice(0, 4000), source: 'llm' } : base;
      } catch {
        return base;
      }
    },
  };
}
