import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadMediator } from '../../mediator/index.js';
import { localDrafter, openAiCompatibleDrafter } from './drafter.js';

const COMPLAINT = '我叫王小明，电话13812345678，在店里买的电饭煲用了三天就坏了，花了399元，要求换新';

describe('drafting message text', () => {
  const analysis = loadMediator().analyze({ text: COMPLAINT, now: new Date('2026-05-01T02:00:00Z') });
  const req = { audience: 'merchant' as const, analysis, caseNumber: 'HZ-2026-000042', lang: 'zh' as const };

  let mode: 'ok' | 'fail' | 'slow' = 'ok';
  const seen: { auth: string | undefined; body: string }[] = [];
  const server = createServer((r, res) => {
    let body = '';
    r.on('data', (d) => {
      body += d;
    });
    r.on('end', () => {
      seen.push({ auth: r.headers.authorization, body });
      if (mode === 'fail') {
        res.statusCode = 500;
        res.end('{}');
        return;
      }
      const reply = () => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ choices: [{ message: { role: 'assistant', content: '您好，我们愿意为您更换新品。' } }] }),
        );
      };
      if (mode === 'slow') setTimeout(reply, 500);
      else reply();
    });
  });
  let baseUrl = '';
  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(() => server.close());

  test('the local draft names the case, the law and the proposal', async () => {
    const d = await localDrafter.draft(req);
    assert.equal(d.source, 'local');
    assert.match(d.text, /HZ-2026-000042/);
    assert.match(d.text, /建议/);
    const en = await localDrafter.draft({ ...req, lang: 'en', audience: 'mediator' });
    assert.match(en.text, /mediator's proposal/);
  });

  test('a configured model polishes the draft, and is never sent the complaint or personal data', async () => {
    mode = 'ok';
    const llm = openAiCompatibleDrafter({ baseUrl, apiKey: 'sk-test', model: 'local-model', timeoutMs: 2000 });
    const d = await llm.draft(req);
    assert.deepEqual(d, { text: '您好，我们愿意为您更换新品。', source: 'llm' });
    const sent = seen.at(-1)!;
    assert.equal(sent.auth, 'Bearer sk-test');
    const body = JSON.parse(sent.body);
    assert.equal(body.model, 'local-model');
    assert.equal(body.messages.length, 2);
    for (const secret of ['王小明', '13812345678', COMPLAINT]) assert.ok(!sent.body.includes(secret), secret);
  });

  test('a failing or slow model changes nothing: the local draft is used', async () => {
    const llm = openAiCompatibleDrafter({ baseUrl, apiKey: undefined, model: 'm', timeoutMs: 100 });
    mode = 'fail';
    assert.equal((await llm.draft(req)).source, 'local');
    mode = 'slow';
    assert.equal((await llm.draft(req)).source, 'local');
    const down = openAiCompatibleDrafter({
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: undefined,
      model: 'm',
      timeoutMs: 500,
    });
    assert.equal((await down.draft(req)).source, 'local');
  });
});
