/** Shows a string in English and Traditional Chinese side by side, each tagged with its language. */
import type { Bi } from '../i18n';

/** English then Chinese, e.g. "English name 英文名稱". `stack` puts the Chinese on its own line. */
export function BiText({ t, stack = false }: { t: Bi; stack?: boolean }) {
  return (
    <span className={stack ? 'bi bi-stack' : 'bi'}>
      <span lang="en">{t.en}</span>{' '}
      <span lang="zh-HK" className="zh">
        {t.zh}
      </span>
    </span>
  );
}
