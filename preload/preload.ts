import { contextBridge, ipcRenderer } from 'electron';
import { exposePressdeskApi } from './api';

/** Sandboxed preload: exposes one small typed API, never ipcRenderer itself. */
contextBridge.exposeInMainWorld('pressdesk', exposePressdeskApi(ipcRenderer));
