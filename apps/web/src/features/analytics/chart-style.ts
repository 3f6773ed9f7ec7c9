// Colours and marks that stay apart when printed in black and white: series differ in shape or in lightness.

export const ink = '#212529';
export const mutedInk = '#495057';
export const gridLine = '#dee2e6';

/** One colour and one marker shape per compared group. */
export const seriesMarks = [
  { color: '#1864ab', shape: 'circle' },
  { color: '#c2410c', shape: 'diamond' },
  { color: '#2b8a3e', shape: 'square' },
] as const;

/** Ratings 1 (strongly disagree) to 5 (strongly agree): light to dark, so the order survives greyscale. */
export const ratingColours = ['#f1f3f5', '#c5d6e8', '#8fb0d4', '#4a7fb5', '#1c4f87'];

/** Text on a rating colour: dark on the light ones, white on the dark ones. */
export const ratingLabelColours = [ink, ink, ink, '#ffffff', '#ffffff'];

/** Mean change from a decline (orange) through none (white) to a gain (blue), for heat maps. */
export const changeScale = ['#c2410c', '#fbe3d4', '#ffffff', '#d0e1f2', '#1864ab'];

export const suppressedFill = '#ced4da';

export const textStyle = { color: ink, fontSize: 12, fontFamily: 'system-ui, sans-serif' };
