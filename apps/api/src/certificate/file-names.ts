/** Latin letters that do not decompose into a base letter and accents. */
const plainLetters: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
};

/** A name in lower-case ASCII letters, digits and dashes: "Łucja Nowak-Żak" → "lucja-nowak-zak". */
function slug(text: string): string {
  return text
    .replace(/[łŁßøØæÆœŒđĐ]/g, (letter) => plainLetters[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** "certificate-2027-03-01-schmidt-lena.pdf": the mobility's start keeps two mobilities of one person apart. */
export function certificateFileName(
  participant: { givenName: string; familyName: string },
  startDate: string | null,
): string {
  const parts = ['certificate', startDate ?? '', slug(participant.familyName), slug(participant.givenName)];
  return `${parts.filter(Boolean).join('-')}.pdf`;
}

export function archiveFileName(projectNumber: string | null): string {
  return `certificates-${slug(projectNumber ?? '') || 'project'}.zip`;
}

/** Names in an archive must be unique: a second "x.pdf" becomes "x-2.pdf". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : name.replace(/(\.[a-z]+)$/, `-${count}$1`);
  });
}

/** A download's Content-Disposition; the name is ASCII already, so no encoded variant is needed. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
