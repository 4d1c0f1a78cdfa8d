// Writing a file so that a crash leaves the old one or the new one, never half of either: a temporary
// file beside it, fsync, rename over it, fsync of the folder. The files hold students' data, so only the
// tutor's account may read them (0600); a file written with looser rights before is tightened by the rename.
import { open, rename } from 'node:fs/promises';
import path from 'node:path';

/** Students' data must not be readable by other accounts: files 0600, folders 0700 (the data folder, saved pictures). */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

export async function writeFileAtomically(file: string, data: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncFolder(path.dirname(file));
}

/** Makes a rename durable. Not every platform can open a folder; there it is skipped. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // e.g. Windows: folders cannot be fsynced; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
