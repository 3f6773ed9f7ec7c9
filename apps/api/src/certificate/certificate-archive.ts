import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';

export interface ArchiveEntry {
  name: string;
  /** Makes the entry's content when the archive reaches it. */
  open: () => Promise<Readable>;
}

/**
 * A zip archive that makes its entries one after the other as it is read, so that only one certificate at a time
 * is in memory and a slow download holds the next one back. PDFs are compressed already: entries are stored.
 */
export function zipArchive(entries: readonly ArchiveEntry[], mtime: Date): Readable {
  const zip = new ZipFile();
  const output = new PassThrough();
  zip.on('error', (error: Error) => output.destroy(error));
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.name, { compress: false, mtime }, (callback) => {
      entry.open().then(
        (stream) => callback(null, stream),
        (error: unknown) => callback(error, new PassThrough()),
      );
    });
  }
  zip.end();
  (zip.outputStream as Readable).pipe(output);
  return output;
}
