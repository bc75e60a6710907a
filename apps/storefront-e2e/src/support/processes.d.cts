import type { ChildProcess } from 'node:child_process';

export declare const root: string;
export declare function freePort(): Promise<number>;
export declare function waitFor(url: string, what: string, child: ChildProcess, timeoutMs?: number): Promise<void>;
export declare function stop(child: ChildProcess | undefined): Promise<void>;
export declare function startApi(options: {
  port: number;
  databaseUrl: string;
  webUrl: string;
  env?: Record<string, string>;
  what?: string;
}): Promise<ChildProcess>;
export declare function startPreview(port: number, apiUrl: string): Promise<ChildProcess>;
