import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { type CertificateContent, certificateContent, type OutcomeBlock } from './certificate-content.js';
import type { CertificateFacts } from './certificate-facts.js';

// A4 certificate in the spirit of Europass Mobility: the programme in a band at the top, who took part in what,
// where and when, then the outcomes the participant reported progress on and their own words. DejaVu Sans is
// embedded (as a subset), so every letter of the eight survey languages prints without relying on system fonts.

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
} as const;
type FontName = keyof typeof fontFiles;

/**
 * The fonts, parsed once and shared by every certificate: parsing a font's tables costs far more than laying out
 * a certificate. Each document still embeds its own subset. pdfkit takes a parsed fontkit font wherever it takes a
 * font file (its font factory checks for `layout`); @types/pdfkit names only files and buffers, hence the casts.
 */
let parsedFonts: Record<FontName, PDFKit.Mixins.PDFFontSource> | undefined;
function fonts(): Record<FontName, PDFKit.Mixins.PDFFontSource> {
  parsedFonts ??= Object.fromEntries(
    Object.entries(fontFiles).map(([name, file]) => [name, fontkit.openSync(require.resolve(file))]),
  ) as unknown as Record<FontName, PDFKit.Mixins.PDFFontSource>;
  return parsedFonts;
}

const colour = {
  blue: '#003399',
  yellow: '#FFCC00',
  text: '#1A1A1A',
  muted: '#555555',
  rule: '#D0D5E0',
  band: '#F2F4FA',
};
const margin = { top: 40, bottom: 60, side: 50 };
const ratingColumn = 58;

type Doc = PDFKit.PDFDocument;

/** One participant's certificate as a PDF stream, issued on `issuedAt`. */
export function certificatePdf(facts: CertificateFacts, issuedAt: Date): Doc {
  return renderCertificatePdf(certificateContent(facts, issuedAt));
}

/** Lays the certificate out as a PDF; the returned document is a stream that ends with the last byte. */
function renderCertificatePdf(content: CertificateContent): Doc {
  const { regular, bold, italic } = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin.top, bottom: margin.bottom, left: margin.side, right: margin.side },
    bufferPages: true,
    font: regular as unknown as string,
    lang: content.locale,
    displayTitle: true,
    info: { Title: `${content.title}: ${content.name}`, Subject: content.programme, Creator: 'Mobilis' },
  });
  doc.registerFont('regular', regular).registerFont('bold', bold).registerFont('italic', italic);

  header(doc, content);
  participation(doc, content);
  outcomes(doc, content);
  ownWords(doc, content);
  closing(doc, content);
  footers(doc, content);
  doc.end();
  return doc;
}

const width = (doc: Doc) => doc.page.width - margin.side * 2;

function use(doc: Doc, font: FontName, size: number, color = colour.text) {
  return doc.font(font).fontSize(size).fillColor(color);
}

/** Starts a new page when fewer than `needed` points are left above the bottom margin. */
function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - margin.bottom) doc.addPage();
}

function header(doc: Doc, content: CertificateContent): void {
  doc.rect(0, 0, doc.page.width, 64).fill(colour.blue);
  doc.rect(0, 64, doc.page.width, 4).fill(colour.yellow);
  use(doc, 'bold', 11, '#FFFFFF').text(content.programme, margin.side, 18, {
    width: width(doc),
  });
  if (content.project)
    use(doc, 'regular', 9, '#FFFFFF').text(content.project, margin.side, 36, {
      width: width(doc),
    });
  doc.x = margin.side;
  doc.y = 96;
  use(doc, 'bold', 22, colour.blue).text(content.title);
  doc.moveDown(0.8);
}

function participation(doc: Doc, content: CertificateContent): void {
  use(doc, 'regular', 11).text(content.certifies);
  doc.moveDown(0.3);
  use(doc, 'bold', 20).text(content.name);
  doc.moveDown(0.3);
  use(doc, 'regular', 10.5).text(content.tookPart, { width: width(doc) });
  doc.moveDown(0.8);

  const labelWidth = 150;
  for (const [label, value] of content.details) {
    const valueWidth = width(doc) - labelWidth;
    const height = Math.max(
      use(doc, 'regular', 10).heightOfString(value, { width: valueWidth }),
      use(doc, 'bold', 9).heightOfString(label, { width: labelWidth - 10 }),
    );
    ensureSpace(doc, height + 8);
    const top = doc.y;
    use(doc, 'bold', 9, colour.muted).text(label, margin.side, top + 1, { width: labelWidth - 10 });
    use(doc, 'regular', 10).text(value, margin.side + labelWidth, top, { width: valueWidth });
    doc.y = top + height + 4;
    doc
      .moveTo(margin.side, doc.y)
      .lineTo(margin.side + width(doc), doc.y)
      .lineWidth(0.5)
      .stroke(colour.rule);
    doc.y += 4;
  }
  doc.x = margin.side;
  doc.moveDown(1);
}

function sectionHeading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  use(doc, 'bold', 14, colour.blue).text(text, margin.side, doc.y, { width: width(doc) });
  doc.moveDown(0.3);
}

function outcomes(doc: Doc, content: CertificateContent): void {
  const section = content.outcomes;
  sectionHeading(doc, section.heading);
  use(doc, 'regular', 9, colour.muted).text(section.intro, { width: width(doc) });
  doc.moveDown(0.8);
  for (const block of section.blocks) outcomeBlock(doc, block, content);
}

function outcomeBlock(doc: Doc, block: OutcomeBlock, content: CertificateContent): void {
  const { columns, competencesLabel } = content.outcomes;
  const competences = `${competencesLabel}: ${block.competences.join(' · ')}`;
  const titleHeight = use(doc, 'bold', 11).heightOfString(block.title, { width: width(doc) });
  ensureSpace(doc, titleHeight + 70);
  use(doc, 'bold', 11).text(block.title, margin.side, doc.y, { width: width(doc) });
  use(doc, 'italic', 8.5, colour.blue).text(competences, { width: width(doc) });
  doc.moveDown(0.3);
  tableRow(doc, [columns.statement, columns.before, columns.after], {
    font: 'bold',
    size: 8.5,
    color: colour.muted,
  });
  block.rows.forEach((row, index) => {
    tableRow(doc, [row.statement, row.before, row.after], {
      font: 'regular',
      size: 9.5,
      color: colour.text,
      shade: index % 2 === 0,
    });
  });
  doc.moveDown(0.8);
}

function tableRow(
  doc: Doc,
  [statement, before, after]: [string, string, string],
  style: { font: 'regular' | 'bold'; size: number; color: string; shade?: boolean },
): void {
  const statementWidth = width(doc) - ratingColumn * 2 - 12;
  const height =
    Math.max(
      use(doc, style.font, style.size).heightOfString(statement, { width: statementWidth }),
      doc.heightOfString(before, { width: ratingColumn }),
      doc.heightOfString(after, { width: ratingColumn }),
    ) + 6;
  ensureSpace(doc, height);
  const top = doc.y;
  if (style.shade) doc.rect(margin.side, top, width(doc), height).fill(colour.band);
  use(doc, style.font, style.size, style.color).text(statement, margin.side + 4, top + 3, {
    width: statementWidth,
  });
  const ratingsLeft = margin.side + 8 + statementWidth;
  doc.text(before, ratingsLeft, top + 3, { width: ratingColumn, align: 'center' });
  doc.text(after, ratingsLeft + ratingColumn, top + 3, { width: ratingColumn, align: 'center' });
  doc.x = margin.side;
  doc.y = top + height;
}

function ownWords(doc: Doc, content: CertificateContent): void {
  if (!content.ownWords) return;
  sectionHeading(doc, content.ownWords.heading);
  for (const quote of content.ownWords.quotes) {
    const text = `“${quote.text}”`;
    ensureSpace(doc, 40);
    use(doc, 'bold', 9, colour.muted).text(quote.title, margin.side, doc.y, { width: width(doc) });
    use(doc, 'italic', 10).text(text, margin.side + 10, doc.y, { width: width(doc) - 10 });
    doc.x = margin.side;
    doc.moveDown(0.6);
  }
  doc.moveDown(0.4);
}

function closing(doc: Doc, content: CertificateContent): void {
  ensureSpace(doc, 70);
  doc.moveDown(0.6);
  use(doc, 'regular', 10).text(content.issued, margin.side, doc.y, { width: width(doc) });
  use(doc, 'bold', 10).text(content.reference, { width: width(doc) });
  doc.moveDown(0.6);
  use(doc, 'regular', 7.5, colour.muted).text(content.source, { width: width(doc) });
}

/** The reference and "n / total" at the foot of every page, below the bottom margin. */
function footers(doc: Doc, content: CertificateContent): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 36;
    doc
      .moveTo(margin.side, y - 6)
      .lineTo(doc.page.width - margin.side, y - 6)
      .lineWidth(0.5)
      .stroke(colour.rule);
    use(doc, 'regular', 7.5, colour.muted).text(
      `${content.reference} · ${index - start + 1} / ${count}`,
      margin.side,
      y,
      { width: width(doc), align: 'right', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
}
