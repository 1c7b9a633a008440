/** The fleet file chooser: a real file input (keyboard and screen readers) inside a drop zone (mouse). */
import { useEffect, useId, useState, type DragEvent } from 'react';
import { BiText } from '../../../common/components/bi-text';
import { T } from '../../../common/i18n';

/** Calls `onFile` with the file chosen in the dialog or dropped on the zone. */
export function CsvDropZone({ onFile, compact = false, disabled = false }: { onFile: (file: File) => void; compact?: boolean; disabled?: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);

  // A file dropped beside the zone must not make the window open it.
  useEffect(() => {
    const block = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}${compact ? ' drop-zone-compact' : ''}`}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {!compact && (
        <span className="drop-icon" aria-hidden="true">
          ⇪
        </span>
      )}
      <span className="drop-text">
        <BiText t={T.dropHere} />
      </span>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="file-input visually-hidden"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Clear the value so choosing the same file again fires another change.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className={`btn ${compact ? '' : 'btn-primary'} file-button`}>
        <BiText t={compact ? T.chooseOtherCsv : T.chooseCsv} />
      </label>
    </div>
  );
}
