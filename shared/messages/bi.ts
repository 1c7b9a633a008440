/** A text in both languages, the unit of every user-facing message. */
import { z } from 'zod';

/** A text in English and Traditional Chinese (zh-HK), as it crosses IPC (batch warnings, for one). */
export const biTextSchema = z.object({ en: z.string(), zh: z.string() });

/** A text in English and Traditional Chinese (zh-HK). */
export type Bi = z.output<typeof biTextSchema>;
