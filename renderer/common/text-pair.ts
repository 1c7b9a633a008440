/** One text in both languages, the shape every interface word has. */
import type { Bi } from '../../shared/messages/bi';

/** Pairs an English and a Chinese text. */
export const pair = (en: string, zh: string): Bi => ({ en, zh });
