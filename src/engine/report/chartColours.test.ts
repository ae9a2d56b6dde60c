import { colourKey, groupColours } from './chartColours';

describe('groupColours', () => {
  it('colours groups in the order they first appear, and names them for the title', () => {
    const colours = groupColours(['elementary', 'elementary', 'middle', 'high', 'middle']);
    expect([...colours.keys()]).toEqual(['elementary', 'middle', 'high']);
    expect(colourKey(colours)).toBe('elementary blue, middle orange, high green');
  });

  it('repeats the palette past six groups rather than running out', () => {
    const colours = groupColours(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(colours.get('g')).toEqual(colours.get('a'));
  });
});
