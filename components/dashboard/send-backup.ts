import { splitBackup } from '../../lib/backup/pieces';
import type { MessageInput, Reply } from '../../lib/messaging';
import { sendToBackground } from '../../lib/send';

type BackupMessage = 'UItoBG.restoreBackup' | 'UItoBG.mergeBackup';

/**
 * Sends a backup file to the background in pieces (lib/backup/pieces.ts), in order, each after
 * the last was received; the background acts on the last one. Returns the last reply, or the
 * first refusal.
 */
export async function sendBackupFile<T extends BackupMessage>(type: T, file: File): Promise<Reply<T>> {
  let reply: Reply<T> | undefined;
  for (const piece of splitBackup(await file.text(), crypto.randomUUID())) {
    reply = await sendToBackground({ type, ...piece } as Extract<MessageInput, { type: T }>);
    if (!reply.ok) break;
  }
  return reply!; // splitBackup gives at least one piece
}
