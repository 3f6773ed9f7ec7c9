// Letters that Unicode does not decompose into a base letter and a mark.
const foldedLetters: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
};

/**
 * Text as searches compare it: lower-case, without accents, punctuation as single spaces. "Kraków" -> "krakow",
 * "Saint-Étienne" -> "saint etienne", "Öztürk" -> "ozturk". Computed here rather than by the database, whose
 * lower() leaves non-ASCII letters alone under the C locale.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßłøæœđðþħı]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
