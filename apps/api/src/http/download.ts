import type { FastifyReply } from 'fastify';
import { attachment } from '../certificate/file-names.js';

/** A file for the browser to save: never cached, never sniffed. */
export function download(reply: FastifyReply, type: string, fileName: string, body: NodeJS.ReadableStream) {
  return reply
    .header('content-type', type)
    .header('content-disposition', attachment(fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
