// The temporary files a save writes beside its target before renaming them over it: named after the
// target and the process, removed when the process is interrupted (SIGINT, SIGTERM), and — when a
// process died without removing its own (SIGKILL, power loss) — by the next save to the same target.
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files this process has created and not yet renamed or removed. */
const pending = new Set<string>();

/** ".budget-resultat.xlsx.<pid>.<12 hex>.tmp" beside the target. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

/** The process id in a temporary file's name, when the name is one of ours for the target. */
function ownerPid(target: string, file: string): number | null {
  const prefix = `.${basename(target)}.`;
  if (!file.startsWith(prefix)) return null;
  const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/u.exec(file.slice(prefix.length));
  return match === null ? null : Number(match[1]);
}

export function trackTemporary(path: string): void {
  pending.add(path);
}

export function untrackTemporary(path: string): void {
  pending.delete(path);
}

/**
 * Removes temporary files of earlier saves to the target whose process is gone. A live process's
 * file is left alone: another run may be saving to the same target right now.
 */
export async function removeStaleTemporaries(target: string): Promise<void> {
  const files = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const file of files) {
    const pid = ownerPid(target, file);
    if (pid === null || pid === process.pid || isAlive(pid)) continue;
    await unlink(join(dirname(target), file)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * On SIGINT or SIGTERM, removes this process's temporary files and exits with the signal's
 * conventional code (130, 143). The target is never partial: it is replaced only by a rename.
 */
export function removeTemporariesOnSignal(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      for (const path of pending) {
        try {
          unlinkSync(path);
        } catch {
          // Already renamed or removed.
        }
      }
      process.exit(code);
    });
  }
}
