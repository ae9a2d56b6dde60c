// Colours for a chart whose bars are coloured by a group (a school's level on the map's per-pupil chart), one owner
// for the colour and for the word that names it, so a chart's title can say which colour is which: a bar chart of one
// series has no legend entry per colour.

export interface ChartColour {
  /** RGB hex without "#", as DrawingML's srgbClr takes it. */
  hex: string;
  /** The colour's name, for a title or a caption. */
  name: string;
}

// Office's default accents, readable printed in grey as well.
const PALETTE: readonly ChartColour[] = [
  { hex: '4472C4', name: 'blue' },
  { hex: 'ED7D31', name: 'orange' },
  { hex: '70AD47', name: 'green' },
  { hex: '7F7F7F', name: 'grey' },
  { hex: 'FFC000', name: 'gold' },
  { hex: '5B9BD5', name: 'light blue' },
];

/** A colour for each distinct group, in the order groups first appear (the palette repeats past six groups). */
export function groupColours(groups: readonly unknown[]): Map<string, ChartColour> {
  const colours = new Map<string, ChartColour>();
  for (const group of groups) {
    const key = String(group ?? '');
    if (!colours.has(key)) colours.set(key, PALETTE[colours.size % PALETTE.length]);
  }
  return colours;
}

/** "elementary blue, middle orange, high green": which colour is which, for the chart's title. */
export function colourKey(colours: Map<string, ChartColour>): string {
  return [...colours].map(([group, colour]) => `${group} ${colour.name}`).join(', ');
}
