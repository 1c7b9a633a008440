/**
 * axe-core over a page in its current state: serious and critical violations fail the test (soft, so one run
 * lists every page), and each run's figures (count of nodes by rule) are written to test-results/axe/ for the
 * before/after note.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

/** Where each run's figures go. */
export const AXE_DIR = fileURLToPath(new URL('../../test-results/axe', import.meta.url));

/** WCAG 2.0/2.1/2.2 A and AA rules plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One rule that failed: its id, impact, node count and the first targets (for the failure message). */
export interface AxeFinding {
  rule: string;
  impact: string;
  nodes: number;
  targets: string[];
}

/** Runs axe on `page` and fails (softly) if any serious or critical violation is found. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const findings: AxeFinding[] = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
  mkdirSync(AXE_DIR, { recursive: true });
  writeFileSync(join(AXE_DIR, `${label.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify({ label, findings }, null, 2));
  expect.soft(findings, `axe serious/critical violations on ${label}`).toEqual([]);
  return findings;
}
