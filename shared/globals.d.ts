/**
 * The few runtime globals shared/ relies on beyond ES2022. They exist in browsers, Node, Deno, Bun and
 * React Native (Hermes). Declared here so shared/ is compiled without the DOM or Node type libraries.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
