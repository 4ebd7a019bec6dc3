// The Entity Lens language server: an LSP adapter over the engine. This file wires the
// connection to the features; each feature lives in its own file. The transport (stdio, node
// IPC, socket or pipe) is whatever `vscode-languageserver/node` reads from the command line.

import {
  CodeActionKind,
  type CancellationToken,
  type CodeActionParams,
  type DefinitionParams,
  type HoverParams,
  type ReferenceParams,
  type WorkspaceSymbolParams,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { addUnknownNameAlias, unknownNames } from './unknownNames';
import { checkWorkspace, documentMentions, entityCardRequest, reloadDatasets, searchEntities } from './customRequests';
import { provideCodeActions } from './codeActions';
import { provideDefinition } from './definition';
import { DocumentChecker } from './documents';
import { provideHover } from './hover';
import { catchPromise, connectionLogger, describeError, guardRequest } from './log';
import {
  CheckWorkspaceRequest,
  DocumentMentionsRequest,
  EntityCardRequest,
  FactProposalsRequest,
  NewEntityContextRequest,
  NewEntityRequest,
  RecordFactRequest,
  AddUnknownNameAliasRequest,
  UnknownNamesRequest,
  ReloadDatasetsRequest,
  SearchEntitiesRequest,
  type DocumentMentionsParams,
  type EntityCardParams,
  type FactProposalsParams,
  type NewEntityParams,
  type RecordFactParams,
  type AddUnknownNameAliasParams,
  type InitializationOptions,
  type SearchEntitiesParams,
} from './protocol';
import type { Need } from './readiness';
import { factProposals, recordFact } from './recordFact';
import { newEntity, newEntityContext } from './newEntity';
import { provideReferences } from './references';
import { entityLensSection, readSettings } from './settings';
import { ServerState, type WorkspaceFolderInfo } from './state';
import { StatusReporter } from './status';
import { provideWorkspaceSymbols } from './symbols';
import { fileUri, normalizeUri, uriToPath } from './uris';
import { WatchedFiles } from './watchedFiles';
import { WorkspaceSync } from './workspaceSync';
import { VERSION } from '../node/version';

const SETTINGS_DELAY_MS = 50;

/** Starts the server on the transport named by the command line; returns its connection. */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const log = connectionLogger(connection);
  // Last line of defence: a stray error is logged, and the server keeps serving.
  process.on('unhandledRejection', (e) => log.error(`Unhandled rejection: ${describeError(e)}`));
  process.on('uncaughtException', (e) => log.error(`Uncaught exception: ${describeError(e)}`));

  const state = new ServerState(connection, log);
  const status = new StatusReporter(state);
  const sync = new WorkspaceSync(state, status);
  const checker = new DocumentChecker(state, sync, status);
  const watched = new WatchedFiles(state, sync);

  connection.onInitialize((params) => initialize(state, params));

  connection.onInitialized(() => {
    if (state.support.configurationChangeRegistration) {
      catchPromise(connection.client.register(DidChangeConfigurationNotification.type, { section: 'entityLens' }), log, 'registering for settings changes');
    }
    if (state.support.workspaceFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => normalizeUri(f.uri)));
        state.folders = [...state.folders.filter((f) => !removed.has(f.uri)), ...foldersOf(event.added)];
        catchPromise(applySettingsAndRefresh(), log, 'refreshing after the workspace folders changed');
      });
    }
    catchPromise(applySettingsAndRefresh(), log, 'starting up');
  });

  let appliedRecognition = '';
  /** The folders and settings the workspace was last read with. */
  let appliedKey: string | undefined;
  let settingsQueue: Promise<void> = Promise.resolve();
  /** The `entityLens` section the client last pushed in `workspace/didChangeConfiguration`. */
  let pushedSettings: unknown;

  /** Applies the settings, one run at a time: two runs at once would both read the workspace. */
  function applySettingsAndRefresh(): Promise<void> {
    const run = settingsQueue.then(applySettings);
    settingsQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the settings and applies them; a change re-reads the workspace. Unchanged settings (a
   * client announcing its configuration right after start, as eglot does) change nothing.
   */
  async function applySettings(): Promise<void> {
    const pushed = { notification: pushedSettings, initialization: entityLensSection(state.initOptions.settings) };
    const { settings, source } = await readSettings(connection, state.folders.map((f) => f.uri), state.support.configuration, pushed, log);
    const settingsKey = JSON.stringify([[...settings.byFolder.entries()], settings.global]);
    const key = JSON.stringify([state.folders, settingsKey]);
    if (key === appliedKey) {
      log.info(`Settings from ${source}: unchanged, the workspace is not read again.`);
      return;
    }
    const before = JSON.stringify([[...state.settings.byFolder.entries()], state.settings.global]);
    const first = appliedKey === undefined;
    appliedKey = key;
    state.settings = settings;
    log.info(`Settings from ${source}.`);
    const g = state.settings.global;
    const recognition = { languages: g.languages, maxDocumentLength: state.maxFileBytes(g) };
    // Reconfiguring invalidates every cached analysis: only when something changed.
    if (JSON.stringify(recognition) !== appliedRecognition) {
      appliedRecognition = JSON.stringify(recognition);
      state.service.configure(recognition);
      state.recognition = recognition;
    }
    // Not awaited: nothing the user needs waits for the client's answer to a registration.
    catchPromise(watched.register(), log, 'registering file watchers');
    await sync.refreshAll();
    if (!first && before !== settingsKey) sync.republishAll();
  }

  // Clients may announce one change twice (a static `synchronize` section and our registration): coalesce.
  let settingsTimer: NodeJS.Timeout | undefined;
  connection.onDidChangeConfiguration((params) => {
    const section = entityLensSection(params?.settings);
    if (section !== undefined) pushedSettings = section;
    if (settingsTimer) clearTimeout(settingsTimer);
    settingsTimer = setTimeout(() => {
      settingsTimer = undefined;
      catchPromise(applySettingsAndRefresh(), log, 'applying changed settings');
    }, SETTINGS_DELAY_MS);
  });
  connection.onDidChangeWatchedFiles((params) => {
    try {
      watched.handle(params);
    } catch (e) {
      log.error(`Handling file changes failed: ${describeError(e)}`);
    }
  });

  // While the server starts, a request waits for what it needs (readiness.ts), then answers.
  const after = <P, R>(need: Need, handler: (params: P) => R) => async (params: P, token: CancellationToken): Promise<R> => {
    await state.ready.wait(need, token);
    return handler(params);
  };
  connection.onHover(guardRequest(log, 'textDocument/hover', null, after('datasets', (params: HoverParams) => provideHover(state, params))));
  connection.onDefinition(guardRequest(log, 'textDocument/definition', null, after('index', (params: DefinitionParams) => provideDefinition(state, params))));
  connection.onReferences(guardRequest(log, 'textDocument/references', null, after('index', (params: ReferenceParams) => provideReferences(state, params))));
  connection.onCodeAction(guardRequest(log, 'textDocument/codeAction', [], after('datasets', (params: CodeActionParams) => provideCodeActions(state, params))));
  connection.onWorkspaceSymbol(guardRequest(log, 'workspace/symbol', [], after('datasets', (params: WorkspaceSymbolParams) => provideWorkspaceSymbols(state, params))));

  connection.onRequest(SearchEntitiesRequest, guardRequest(log, SearchEntitiesRequest, { entities: [] }, after('datasets', (params: SearchEntitiesParams) => searchEntities(state, params))));
  connection.onRequest(EntityCardRequest, guardRequest(log, EntityCardRequest, { card: null, mentions: {}, definition: null }, after('index', (params: EntityCardParams) => entityCardRequest(state, params))));
  connection.onRequest(FactProposalsRequest, guardRequest(log, FactProposalsRequest, { proposals: [], datasets: [], quote: '' }, after('index', (params: FactProposalsParams) => factProposals(state, params))));
  connection.onRequest(RecordFactRequest, guardRequest(log, RecordFactRequest, { edit: null }, after('index', (params: RecordFactParams) => recordFact(state, params))));
  connection.onRequest(NewEntityContextRequest, guardRequest(log, NewEntityContextRequest, { name: '', lang: 'en', proposedId: '', types: [], datasets: [] }, after('index', (params: FactProposalsParams) => newEntityContext(state, params))));
  connection.onRequest(NewEntityRequest, guardRequest(log, NewEntityRequest, { edit: null }, after('index', (params: NewEntityParams) => newEntity(state, params))));
  connection.onRequest(
    UnknownNamesRequest,
    guardRequest(log, UnknownNamesRequest, { names: [], files: 0, partial: true }, async (_params: unknown, token: CancellationToken) => {
      await state.ready.wait('index', token);
      return unknownNames(state, token);
    }),
  );
  connection.onRequest(AddUnknownNameAliasRequest, guardRequest(log, AddUnknownNameAliasRequest, { edit: null }, after('index', (params: AddUnknownNameAliasParams) => addUnknownNameAlias(state, params))));
  connection.onRequest(ReloadDatasetsRequest, guardRequest(log, ReloadDatasetsRequest, { entities: 0, problems: 0 }, () => reloadDatasets(state, sync)));
  connection.onRequest(CheckWorkspaceRequest, guardRequest(log, CheckWorkspaceRequest, { files: 0, mentions: 0, problems: 0 }, () => checkWorkspace(state, sync)));
  connection.onRequest(DocumentMentionsRequest, guardRequest(log, DocumentMentionsRequest, { mentions: [] }, after('datasets', (params: DocumentMentionsParams) => documentMentions(state, params))));

  connection.onShutdown(() => {
    if (settingsTimer) clearTimeout(settingsTimer);
    sync.dispose();
    checker.dispose();
    watched.dispose();
    status.dispose();
  });

  checker.listen();
  connection.listen();
  return connection;
}

function initialize(state: ServerState, params: InitializeParams): InitializeResult {
  state.applyInitOptions(params.initializationOptions as Partial<InitializationOptions> | undefined);
  const caps = params.capabilities;
  state.support = {
    configuration: caps.workspace?.configuration === true,
    configurationChangeRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    workspaceFolderChanges: caps.workspace?.workspaceFolders === true,
  };
  const rootUri = params.rootUri ?? (params.rootPath ? fileUri(params.rootPath) : undefined);
  state.folders = foldersOf(params.workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: '' }] : []));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Entity Lens', version: VERSION },
  };
}

/** Workspace folders on the file system (others cannot be walked). */
function foldersOf(folders: WorkspaceFolder[]): WorkspaceFolderInfo[] {
  return folders.flatMap((f) => {
    const uri = normalizeUri(f.uri);
    const p = uriToPath(uri);
    return p ? [{ uri, path: p }] : [];
  });
}
