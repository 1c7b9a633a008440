/** What a window is, declared once: its page, preload, contract, session, permissions, CSP and size. */
import type { WindowContract } from '../../../shared/ipc/define-contract';
import type { AllowedPermission } from '../security';
import type { AppHost } from './app-url';

/** A window kind. */
export interface WindowSpec<C extends WindowContract> {
  contract: C;
  /** Its page on the app:// scheme (the host is the window's name). */
  host: AppHost;
  /** Its preload, a file in out/preload. */
  preload: string;
  /** Its own session partition: storage, permissions and protocol handlers are not shared. */
  partition: string;
  permissions: ReadonlySet<AllowedPermission>;
  csp: string;
  title: string;
  size: { width: number; height: number; minWidth: number; minHeight: number };
}
