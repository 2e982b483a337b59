export { backupFileName, exportBackup } from './export';
export { restoreBackup, type RestoreResult } from './restore';
