/**
 * The kiosk start option: `--scanner-kiosk=VENUE_ID` (or `--scanner-kiosk VENUE_ID`) opens only the front-desk
 * scanner, full screen, for that venue — a machine at a door that never shows the console. Plain Node (tested).
 */

/** The venue id the app was asked to open a kiosk scanner for, upper-cased, or null. */
export function kioskVenueFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--scanner-kiosk=')) return arg.slice('--scanner-kiosk='.length).trim().toUpperCase() || null;
    if (arg === '--scanner-kiosk') return argv[i + 1]?.trim().toUpperCase() || null;
  }
  return null;
}
