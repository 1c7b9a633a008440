/**
 * The bilingual message catalogue (English and Traditional Chinese, zh-HK) that services, validators and pages
 * share: field labels, the zod → message translator and the words for each error code. Pure TypeScript.
 *
 * Not here: the renderer's own interface words (buttons, headings, hints) stay in `renderer/common/i18n.ts`,
 * since nothing outside the pages shows them; and a feature's domain sentences stay beside the rule they
 * explain (`PLATE_PROBLEM_TEXT` in shared/checkin/plate.ts, the fleet CSV's row reasons, the database and
 * file-system errors in services/errors/describe-error.ts). A schema's custom message is a key worded in
 * validation.ts, never a sentence.
 */
export * from './bi';
export * from './errors';
export * from './field-labels';
export * from './validation';
