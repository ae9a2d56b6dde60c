// The look of the principal's input cells, one owner for both writers. These are the colours of Excel's built-in
// "Input" cell style (Home > Cell Styles > Input), so a principal who knows Excel reads them as "type here"; the
// add-in applies the built-in style by name, the .xlsx writer its colours.

export const INPUT_STYLE = {
  /** Excel's built-in style name (office-js `range.style`, BuiltInStyle.input). */
  name: 'Input',
  fill: '#FFCC99',
  font: '#3F3F76',
  border: '#7F7F7F',
} as const;
