/** `venue-console batch`: a fleet CSV → signed taxi codes → sticker PDF, manifest and report. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../services/files/atomic-file';
import { checkOutputTargets, type OutputTarget } from '../../services/files/output-target';
import { runBatch, type BatchReport } from '../../services/batch/batch-job';
import { FleetCsvError, readFleetCsvInWorker } from '../../services/batch/fleet-csv';
import { printJson, UsageError, type Command } from '../command';
import { cliThreadsDir, openCliServices } from '../services';

/** `venue-console --data DIR batch --csv FILE --out FILE.pdf [--template sheet|card] [--manifest FILE.csv] [--report FILE.json]` */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'Turn a fleet CSV of taxi plates into signed codes and a sticker PDF (progress on stderr).',
  usage: 'venue-console [--data DIR] batch --csv FILE --out FILE.pdf [--template sheet|card] [--manifest FILE.csv] [--report FILE.json] [--quiet]',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: {
        csv: { type: 'string' },
        out: { type: 'string' },
        template: { type: 'string', default: 'sheet' },
        manifest: { type: 'string' },
        report: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.csv) throw new UsageError('batch needs --csv FILE');
    if (!values.out) throw new UsageError('batch needs --out FILE.pdf');
    if (values.template !== 'sheet' && values.template !== 'card') throw new UsageError('--template must be sheet or card');
    // Every output is checked before anything is read or written: not the console's own files, not the CSV, not each other.
    const outputs = checkOutputTargets([values.out, values.manifest, values.report].filter((p): p is string => Boolean(p)), {
      dataDir: ctx.dataDir,
      inputs: [values.csv],
    });
    const pdfTarget = outputs[0] as OutputTarget;
    const manifestTarget = values.manifest ? outputs[1] : undefined;
    const reportTarget = values.report ? outputs[outputs.length - 1] : undefined;
    let text: Buffer;
    try {
      text = readFileSync(values.csv);
    } catch {
      throw new UsageError(`Cannot read ${values.csv}.`);
    }
    let csv;
    try {
      csv = await readFleetCsvInWorker(text, cliThreadsDir());
    } catch (error) {
      if (error instanceof FleetCsvError) {
        ctx.io.stderr(`${error.message}\n${error.messageZh}\n`);
        return 1;
      }
      throw error;
    }
    for (const r of csv.rejected) ctx.io.stderr(`row ${r.row}: ${JSON.stringify(r.plate)}: ${r.reason}\n`);
    if (csv.encoding === 'big5-hkscs' || csv.encoding.startsWith('utf-16')) ctx.io.stderr(`read as ${csv.encoding}\n`);
    for (const w of csv.warnings) ctx.io.stderr(`warning: ${w.en}\n`);

    const services = await openCliServices(ctx, csv.rows.length > 0);
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    // Kept on for the whole run: a second Ctrl-C must not kill the process before the temp files are removed.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let report: BatchReport | null = null;
    try {
      if (csv.rows.length > 0) {
        report = await runBatch(services.batchDeps, csv, {
          template: values.template,
          pdfPath: pdfTarget,
          manifestPath: manifestTarget,
          inputs: [values.csv],
          signal: controller.signal,
          onProgress: values.quiet
            ? undefined
            : (p) => ctx.io.stderr(`${p.phase} ${p.done}/${p.total}  ${Math.round(p.rate)}/s  ${p.secondsLeft.toFixed(1)} s left\n`),
        });
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      services.close();
    }
    const out = {
      /** The encoding the CSV was read in (detected from its bytes). */
      encoding: csv.encoding,
      created: report?.created ?? 0,
      reused: report?.reused ?? 0,
      rejected: csv.rejected.map((r) => ({ row: r.row, plate: r.plate, reason: r.reason })),
      rejectedNotShown: csv.rejectedNotShown,
      warnings: (report?.warnings ?? csv.warnings).map((w) => w.en),
      pages: report?.pages ?? 0,
    };
    if (reportTarget) writeFileAtomic(reportTarget, `${JSON.stringify(out, null, 2)}\n`);
    printJson(ctx.io, { ...out, pdf: report?.pdf ?? null, manifest: report?.manifest ?? null, seconds: report?.seconds ?? 0 });
    return out.created + out.reused > 0 ? 0 : 1;
  },
};
