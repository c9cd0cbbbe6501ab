/**
 * How a careful funder reads a pack: every file, as text, looking for names and for small
 * groups. Written independently of the pack's own code, so a mistake there is not repeated here.
 */

/** Lower case, accents dropped, curly apostrophes straightened: "Zéphyrine’s" → "zephyrine's". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

/** True when `name` appears in `text` as whole words, whatever the case or accents. */
export function mentions(text: string, name: string): boolean {
  const words = fold(name).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** RFC 4180 rows of a CSV file (byte-order mark dropped). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const small = (n: number, threshold: number) => n > 0 && n < threshold;

/** Columns that count people, marks or responses: a number there below the threshold shows a small group. */
const COUNT_COLUMNS = /^(present|apologies|absent|entries|answered|responses|people|how many people|people there)$/i;

/**
 * Every place a file of the pack shows a count of people or responses smaller than the
 * threshold (but more than none): table and CSV cells under counting headings, facts about
 * people, chart bars counting people, and phrases such as "3 people" or "2 against".
 */
export function smallGroupsShown(files: Record<string, string>, threshold: number): string[] {
  const found: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.csv')) {
      const [header = [], ...rows] = csvRows(text);
      for (const row of rows) {
        header.forEach((label, i) => {
          const value = Number(row[i]);
          if (COUNT_COLUMNS.test(label) && row[i] !== '' && small(value, threshold)) found.push(`${name}: ${label} ${row[i]} in ${row.join(',')}`);
        });
        // A hidden result must not give its count away either.
        if (row.some((cell) => /^not shown/i.test(cell))) row.forEach((cell) => /^\d+$/.test(cell) && small(Number(cell), threshold) && found.push(`${name}: ${row.join(',')}`));
      }
    }
    if (name.endsWith('.html')) {
      for (const table of text.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const header = (table.match(/<th[^>]*>[\s\S]*?<\/th>/g) ?? []).map(decode);
        for (const row of table.match(/<tr><td[\s\S]*?<\/tr>/g) ?? []) {
          const cells = (row.match(/<td[^>]*>[\s\S]*?<\/td>/g) ?? []).map(decode);
          cells.forEach((cell, i) => COUNT_COLUMNS.test(header[i] ?? '') && /^\d+$/.test(cell) && small(Number(cell), threshold) && found.push(`${name}: ${header[i]} ${cell} in ${cells.join(' | ')}`));
        }
      }
      for (const [, dt, dd] of text.matchAll(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g)) {
        const label = decode(dt!);
        if (!/people|person|members|came|apolog|responses|comments|answers|received/i.test(label)) continue;
        for (const [, n] of decode(dd!).matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)(?![\d.,%])(?! ?(?:months?|weeks?|days?|years?|meetings?|changes?|decisions?))/g)) {
          if (small(Number(n), threshold)) found.push(`${name}: ${label}: ${decode(dd!)}`);
        }
      }
      for (const [, desc] of text.matchAll(/<desc[^>]*>([\s\S]*?)<\/desc>/g)) {
        const words = decode(desc!);
        if (!/\((people|people on average)\)$/.test(words)) continue;
        for (const [, label, n] of words.matchAll(/([^:;]+): (\d+(?:\.\d+)?)/g)) if (small(Number(n), threshold)) found.push(`${name}: chart ${label!.trim()}: ${n}`);
      }
      const words = decode(text);
      for (const [phrase, n] of words.matchAll(/(?<!fewer than )(?<![\d.,])(\d+) (?:other )?(?:people|person|responses?|answers?|written answers?|written comments?|for|against|abstentions?)\b/g)) {
        if (small(Number(n), threshold)) found.push(`${name}: “${phrase}”`);
      }
    }
  }
  return found;
}

/** The cover's two lists, as plain lines. */
export function coverLists(html: string): { included: string[]; leftOut: string[] } {
  const list = (cls: string) => {
    const block = html.match(new RegExp(`<ul class="${cls}">([\\s\\S]*?)</ul>`))?.[1] ?? '';
    return (block.match(/<li>[\s\S]*?<\/li>/g) ?? []).map(decode);
  };
  return { included: list('pack-in'), leftOut: list('pack-out') };
}

/** README.txt's two lists, with wrapped lines joined again. */
export function readmeLists(readme: string): { included: string[]; leftOut: string[] } {
  const section = (title: string) => {
    const lines = readme.split('\r\n');
    const start = lines.indexOf(title);
    if (start < 0) return [];
    const items: string[] = [];
    for (const line of lines.slice(start + 2)) {
      if (line === '' || /^[A-Z][A-Z .]+$/.test(line)) break;
      if (line.startsWith('- ')) items.push(line.slice(2));
      else if (line.startsWith('  ') && items.length) items[items.length - 1] += ` ${line.trim()}`;
    }
    return items;
  };
  return { included: section('IN THIS PACK'), leftOut: section('LEFT OUT OF THIS PACK') };
}
