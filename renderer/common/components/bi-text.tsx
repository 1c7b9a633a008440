/** Shows a string in English and Traditional Chinese, in the order (or the one language) the display setting asks. */
import type { Bi } from '../i18n';
import { useDisplay } from '../display';

/** Both languages side by side, each tagged with its language, e.g. "English name 英文名稱". `stack` puts the second on its own line. */
export function BiText({ t, stack = false }: { t: Bi; stack?: boolean }) {
  const { language } = useDisplay().display;
  const className = stack ? 'bi bi-stack' : 'bi';
  const en = (
    <span lang="en" key="en">
      {t.en}
    </span>
  );
  const zh = (
    <span lang="zh-HK" className="zh" key="zh">
      {t.zh}
    </span>
  );
  if (language === 'en') return <span className={className}>{en}</span>;
  if (language === 'zh') return <span className={className}>{zh}</span>;
  const [first, second] = language === 'both-zh-first' ? [zh, en] : [en, zh];
  return (
    <span className={className}>
      {first} {second}
    </span>
  );
}

/** A sentence as one paragraph per language, in the display setting's order (or one language). */
export function BiParagraphs({ t }: { t: Bi }) {
  const { language } = useDisplay().display;
  const en = (
    <p lang="en" key="en">
      {t.en}
    </p>
  );
  const zh = (
    <p lang="zh-HK" key="zh">
      {t.zh}
    </p>
  );
  if (language === 'en') return en;
  if (language === 'zh') return zh;
  return <>{language === 'both-zh-first' ? [zh, en] : [en, zh]}</>;
}
