// Russian names and words spelt the way another language writes them (Polish "Jeżow", Romanian "Ejov",
// "Tuhacevski", "colhoz", pinyin-influenced "Buhalin"), read as the English transliteration the course uses.
//
// Each script writes the same Russian sounds with its own letters: English "kh", Polish "ch", Romanian "h";
// English "zh", Polish "ż", Romanian "j"; English "y" before a vowel, Polish and Romanian "j" or "i". A word is
// reduced to a skeleton in which those conventions meet, and a word whose skeleton equals a course name's is
// read as that name. The skeleton is coarse (k, kh, ch, h, c and ts all meet), so it is only ever compared with
// the course's own names and terms, and only for a word that is no English word.

/** Letters spelt as several in one convention and one in another, read first (longest first), each with a string every text it matches holds. */
const CLUSTERS: ReadonlyArray<[RegExp, string, string]> = [
  // Polish "szcz", English "shch": one sound (Yezhovshchina, Jeżowszczyzna).
  [/szcz|shch/g, 's', 's'],
  // English "sh", Polish "sz" (Romanian ş is folded to s before this).
  [/sh|sz/g, 's', 's'],
  // English "zh", Polish "rz" before a vowel is near enough; Romanian "dj" (Djugaşvili) is English "dzh".
  [/zh/g, 'z', 'zh'],
  [/dj/g, 'dz', 'dj'],
  // English "kh", Polish and German "ch", Romanian "h"; English "ch", Polish "cz", Romanian "c" before e and i;
  // English "ts", Polish "c": all read as one.
  [/kh|ch|ck|cz|ts|tz|c|h|q/g, 'k', ''],
  [/w/g, 'v', 'w'],
];

/** At most this many readings of one word (each j, and each Romanian "sch", is read two ways). */
const MAX_READINGS = 8;

/**
 * The skeletons a word may have, as each convention would read it: a "j" is the English "y" (Polish "Jagoda")
 * or "zh" (Romanian "Ejov"); "sch" is "shch" (German, Romanian "ejovschina") or "sk" (Romanian "Tuhacevschi");
 * with `lr`, an "l" may stand for "r" (Mandarin has one sound for both: "Buhalin"). The first is the English reading.
 */
export function transliterationKeys(word: string, options: { readonly lr?: boolean } = {}): string[] {
  let readings = [word];
  const both = (pattern: RegExp, a: string, b: string) => {
    readings = readings.flatMap((r) => (pattern.test(r) ? [r.replace(pattern, a), r.replace(pattern, b)] : [r])).slice(0, MAX_READINGS);
  };
  both(/sch/g, 'shch', 'sk');
  both(/j/g, 'y', 'zh');
  if (options.lr && word.includes('l')) readings = [...readings, ...readings.map((r) => r.replace(/l/g, 'r'))].slice(0, MAX_READINGS);
  return [...new Set(readings.map(skeleton))];
}

/** The English reading's skeleton alone: `transliterationKeys(word)[0]`, without working out the other readings. */
export function englishSkeleton(word: string): string {
  return skeleton(word.replace(/sch/g, 'shch').replace(/j/g, 'y'));
}

/** One reading's skeleton: the clusters above, glides before a vowel dropped ("ya", "ia", "ja" are "a"), y as i, no double letters. */
function skeleton(reading: string): string {
  let s = reading;
  // Each pattern is tried only on a reading holding what it needs (the third of each cluster; "" for any): the speller
  // reads thousands of the course's words so.
  for (const [pattern, to, needs] of CLUSTERS) if (s.includes(needs)) s = s.replace(pattern, to);
  if (s.includes('y') || s.includes('i')) s = s.replace(/[yi](?=[aeiouy])/g, '');
  if (s.includes('y')) s = s.replace(/y/g, 'i');
  return s.replace(/(.)\1+/g, '$1');
}
