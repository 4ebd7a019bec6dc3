// Every command in package.json `contributes.commands`, registered in one place.

import type * as vscode from 'vscode';
import type { ExtensionCtx } from '../context';
import { registerEntityCardCommands } from './entityCard';
import { registerFindEntity } from './findEntity';
import { registerRecordFact } from './recordFact';
import { registerNewEntity } from './newEntity';
import { registerServerCommands } from './server';
import { registerUnknownNames } from './unknownNames';
import { registerWorkspaceCommands } from './workspace';

export function registerCommands(ctx: ExtensionCtx): vscode.Disposable[] {
  return [registerFindEntity(ctx), registerRecordFact(ctx), registerNewEntity(ctx), registerUnknownNames(ctx), ...registerEntityCardCommands(ctx), ...registerWorkspaceCommands(ctx), ...registerServerCommands(ctx)];
}
