/** Minimal typing for fontkit (pdfkit's font engine), as much as the poster code uses. */
declare module 'fontkit' {
  /** Parses a font file. */
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
