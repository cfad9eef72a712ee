/**
 * Line breaks for SVG text, which never wraps by itself. Widths are estimated, not measured (the
 * build has no fonts): a character is taken as wide as a wide sans-serif's average, so a line fits
 * its box in the fonts a reader's system is likely to pick.
 */

/**
 * Advance of one character, in ems, for a full line of prose: about 0.52 in Arial, Helvetica,
 * Segoe UI and San Francisco, 0.61 in DejaVu Sans (Linux's usual fallback). Between the two, so
 * common fonts do not wrap early and DejaVu overruns only into a box's padding.
 */
const EM_PER_CHAR = 0.56;

/** How many characters fit in `width` user units of text set at `fontSize`. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * EM_PER_CHAR)));
}

/**
 * Greedy word wrap to at most `max` characters a line, breaking at ordinary spaces only (a
 * no-break space holds its words together). A word longer than a line is cut, so no text runs
 * out of its box whatever the data says.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [word];
    for (const piece of pieces) {
      if (line && line.length + 1 + piece.length <= max) line = `${line} ${piece}`;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
