/** Widths of text in the charts' 12 px font: a Chinese character is about as wide as the font is tall. */
const WIDE_CHAR_PX = 12;
const NARROW_CHAR_PX = 7;
const MAX_LABEL_PX = 220;
const BAR_AREA_PX = 300;
const GAP_PX = 8;

export interface BarChartLayout {
  width: number;
  labelWidth: number;
  barArea: number;
  /** Labels as drawn: those too long for the label column end in an ellipsis. */
  labels: string[];
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE_CHAR_PX : NARROW_CHAR_PX;
  return width;
}

/** Room for the longest label (up to a limit) and the longest value, so neither is cut off. */
export function barChartLayout(labels: string[], values: string[]): BarChartLayout {
  const labelWidth = Math.min(MAX_LABEL_PX, Math.max(40, ...labels.map(textWidth))) + GAP_PX;
  const valueWidth = Math.max(20, ...values.map(textWidth)) + GAP_PX;
  return {
    width: labelWidth + BAR_AREA_PX + valueWidth,
    labelWidth,
    barArea: BAR_AREA_PX,
    labels: labels.map((label) => fitted(label, MAX_LABEL_PX)),
  };
}

function fitted(label: string, room: number): string {
  if (textWidth(label) <= room) return label;
  let cut = '';
  for (const char of label) {
    if (textWidth(`${cut}${char}…`) > room) break;
    cut += char;
  }
  return `${cut}…`;
}
