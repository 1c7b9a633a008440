/** Scanner entry: mounts the front-desk page into #root. */
import '../common/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ScannerApp } from './scanner-app';
import '../common/styles.css';
import './scanner.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ScannerApp />
    </StrictMode>,
  );
}
