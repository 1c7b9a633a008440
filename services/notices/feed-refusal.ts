/** Bilingual words for a refused notices feed: one sentence per reason, with checkFeed's detail appended. */
import type { AppError } from '../../shared/errors';
import type { FeedProblem } from '../../shared/notices/feed';

const REASON: Record<FeedProblem, { en: string; zh: string }> = {
  malformed: { en: 'The notices feed is not a valid signed feed', zh: '通告資料並非有效的已簽署資料' },
  'wrong-key': { en: "The notices feed is not signed by the pinned root's notices key", zh: '通告資料並非由已固定根憑證的通告密鑰簽署' },
  'bad-signature': { en: 'The notices feed has a bad signature (its content was changed after signing)', zh: '通告資料的簽署無效（內容在簽署後曾被更改）' },
  rollback: { en: 'The notices feed is older than the one already verified (rollback refused)', zh: '通告資料比已核實的版本舊（拒絕回退）' },
  equivocation: { en: 'The notices feed has the same version as the one already verified but different content (equivocation refused)', zh: '通告資料與已核實的版本號相同但內容不同（拒絕矛盾版本）' },
  'root-expired': { en: "The pinned authority root has expired: pin the authority's new root", zh: '已固定的機構根憑證已過期：請固定機構的新根憑證' },
  'future-dated': { en: "The notices feed is dated in the future: check this computer's clock", zh: '通告資料的日期在未來：請檢查本電腦的時鐘' },
};

/**
 * Chinese for the numbers in a rollback or equivocation detail; for the other reasons the sentence says it all
 * (checkFeed's detail is English: it is not repeated in the Chinese line).
 */
function zhDetail(problem: FeedProblem, detail: string): string {
  const nums = detail.match(/\d+/g) ?? [];
  if (problem === 'rollback' && nums.length >= 2) return `：版本 ${nums[0]} 比已核實的版本 ${nums[1]} 舊`;
  if (problem === 'equivocation' && nums.length >= 1) return `：版本 ${nums[0]} 已以不同內容收到`;
  return '';
}

/** The `feed-refused` error for a refusal by checkFeed; the last verified feed is kept. */
export function feedRefusal(problem: FeedProblem, detail: string): AppError {
  const r = REASON[problem];
  return {
    code: 'feed-refused',
    message: `${r.en}: ${detail}. The last verified notices are kept.`,
    messageZh: `${r.zh}${zhDetail(problem, detail)}。保留上次經核實的通告。`,
  };
}

/** The refusal when no authority root is pinned. */
export const NO_ROOT: AppError = {
  code: 'feed-refused',
  message: "No authority root is pinned: pin the authority's root first, then fetch or import the notices feed.",
  messageZh: '尚未固定機構根憑證：請先固定機構的根憑證，然後再下載或匯入通告資料。',
};
