// Thin handlers: the photo travels as the raw request body (no multipart, no base64), its caption in the
// query string; access and limits are decided in the use cases.
import type { FastifyInstance } from 'fastify';
import type { App, RegisterRoutes } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import { addEvidence } from './add-evidence.js';
import {
  AddEvidenceQuery,
  AddedEvidenceView,
  EvidenceCaseParams,
  EvidenceListView,
  EvidenceParams,
} from './evidence.contracts.js';
import { MAX_EVIDENCE_BYTES } from './evidence.rules.js';
import { evidenceView } from './evidence.view.js';
import { listEvidence } from './list-evidence.js';
import { readEvidence } from './read-evidence.js';

const tags = ['evidence'];
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export const registerEvidenceRoutes: RegisterRoutes = async (app, deps) => {
  // A scope of its own, so reading bodies as raw bytes applies to these routes only.
  await app.register(async (plugin: FastifyInstance) => {
    const scope = plugin as unknown as App;
    // Whatever the declared type, the body is read as bytes: the type is decided from the bytes themselves.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES }, (_req, body, done) =>
      done(null, body),
    );

    scope.post(
      '/cases/:id/evidence',
      {
        bodyLimit: MAX_EVIDENCE_BYTES,
        schema: {
          tags,
          summary: 'Add a photo to a case (raw JPEG, PNG or WebP body; at most 5 MB, 10 per case)',
          description:
            'Send the image bytes as the body with their Content-Type (checked against the bytes, which decide). ' +
            'Optional `caption` query parameter (≤ 200 characters). Metadata (EXIF, GPS) is removed before ' +
            'storing. 201 with the new photo; 200 with the stored one when the same photo is already on the case.',
          params: EvidenceCaseParams,
          querystring: AddEvidenceQuery,
          response: { 200: AddedEvidenceView, 201: AddedEvidenceView },
        },
      },
      async (req, reply) => {
        const body = req.body as unknown;
        if (body !== undefined && !Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const { evidence, existing } = await addEvidence(deps, {
          caseId: req.params.id,
          actor: req.actor,
          bytes: body ?? Buffer.alloc(0),
          caption: req.query.caption,
        });
        return reply.status(existing ? 200 : 201).send({ ...evidenceView(evidence), existing });
      },
    );

    scope.get(
      '/cases/:id/evidence',
      {
        schema: {
          tags,
          summary: "A case's photos (metadata only), for the parties that may see the case",
          params: EvidenceCaseParams,
          response: { 200: EvidenceListView },
        },
      },
      async (req) => listEvidence(deps, { caseId: req.params.id, actor: req.actor }),
    );

    scope.get(
      '/cases/:id/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: "One photo's bytes, with its image Content-Type",
          description:
            'Authenticated like the case (x-case-token, session cookie): a web page fetches it and shows an ' +
            'object URL, so no token ever travels in a URL.',
          params: EvidenceParams,
        },
      },
      async (req, reply) => {
        const { evidence, bytes } = await readEvidence(deps, {
          caseId: req.params.id,
          evidenceId: req.params.evidenceId,
          actor: req.actor,
        });
        // A photo never changes under its id, but who may see it can (a shared phone signs out): the browser keeps
        // it, privately, and asks each time; an unchanged photo costs a 304, after the access check.
        const etag = `"${evidence.sha256}"`;
        if (req.headers['if-none-match'] === etag) {
          return reply.status(304).header('cache-control', 'private, no-cache').header('etag', etag).send();
        }
        return reply
          .header('content-type', evidence.contentType)
          .header('cache-control', 'private, no-cache')
          .header('x-content-type-options', 'nosniff')
          .header('etag', etag)
          .header(
            'content-disposition',
            `inline; filename="evidence-${evidence.id}.${EXTENSIONS[evidence.contentType] ?? 'bin'}"`,
          )
          .send(bytes);
      },
    );
  });
};
