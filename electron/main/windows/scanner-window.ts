/** The front-desk scanner window: the only window that may use the camera; only the scanner's channels. */
import { scannerContract, type ScannerContract } from '../../../shared/ipc/scanner-contract';
import { SCANNER_CSP } from '../security';
import type { WindowSpec } from './window-spec';

/** The scanner window's declaration. */
export const scannerWindow: WindowSpec<ScannerContract> = {
  contract: scannerContract,
  host: { host: 'scanner', page: 'scanner/index.html', assetDirs: ['assets'] },
  preload: 'scanner.cjs',
  partition: 'persist:scanner',
  permissions: new Set(['media']),
  csp: SCANNER_CSP,
  title: 'Front desk 前台掃描器',
  size: { width: 1024, height: 768, minWidth: 480, minHeight: 480 },
};
