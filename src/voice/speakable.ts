// Text as the speech engine should read it. The tutor's replies are written for the screen: Discord
// markdown, mentions, links, dashes in date ranges, curly quotes and accents. The engine reads ASCII and
// says every symbol it knows ("asterisk asterisk"), so those are turned into words or left out first.

/** Plain ASCII words and punctuation for the engine, saying what the screen shows. */
export function speakableText(text: string): string {
  return (
    text
      // Mentions, channels and custom emoji: <@123>, <#123>, <:name:123>; links are not read out.
      .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      // A markdown link says its text: [text](address).
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Date and number ranges: 1928–32 is "1928 to 32".
      .replace(/(\d)\s*[–—-]\s*(\d)/g, '$1 to $2')
      // "c. 1930" is "about 1930".
      .replace(/\bc\.\s*(?=\d)/g, 'about ')
      .replace(/(\d)\s*\+\s*(\d)/g, '$1 plus $2')
      .replace(/[‘’ʼ]/g, "'")
      .replace(/[“”«»]/g, '"')
      .replace(/[–—]/g, ', ')
      .replace(/…/g, '...')
      // Accented letters lose their accents (café is cafe); anything else outside ASCII is dropped.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e\n]/g, ' ')
      // Markdown emphasis, code, headings, quotes and list bullets.
      .replace(/[*_~`|]+/g, ' ')
      .replace(/^\s*(?:#{1,6}|>+|[-+])\s+/gm, '')
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:!?])/g, '$1')
      .trim()
  );
}
