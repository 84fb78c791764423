import type {
  BrowserWindow as BrowserWindowType,
  BrowserWindowConstructorOptions,
  Shell,
  WebContents,
} from 'electron';
import { isSafeExternalUrl } from '../security';

/** The one window's security posture: isolated, sandboxed, no Node, nothing loaded from elsewhere. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'PressDesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/**
 * No new windows, no navigation away from the app. A link to the web opens in the user's browser,
 * and only after checking it is http(s) or mailto.
 */
export function lockDownNavigation(
  contents: WebContents,
  appUrl: string,
  shell: Pick<Shell, 'openExternal'>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  shell: Pick<Shell, 'openExternal'>,
  preloadPath: string,
  indexHtml: string,
): BrowserWindowType {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  const appUrl = new URL(`file://${indexHtml}`).href;
  lockDownNavigation(window.webContents, appUrl, shell);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexHtml);
  return window;
}
