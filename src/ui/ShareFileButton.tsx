import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { Button } from './Button';
import { canShareFiles, shareFile } from './save-file';

/**
 * "Send or share…" for a file already saved, shown only where the browser can pass files to
 * the system's share sheet (most tablets and phones).
 */
export function ShareFileButton({ file }: { file: File }) {
  const [failed, setFailed] = useState(false);
  if (!canShareFiles(file)) return null;
  return (
    <>
      <Button
        onClick={async () => {
          setFailed((await shareFile(file)) === 'failed');
        }}
      >
        {t`Send or share…`}
      </Button>
      {failed && <p role="alert">{t`The file could not be passed to another app. It is still in your Downloads.`}</p>}
    </>
  );
}
