// Types of csp.js (plain JavaScript: webpack.config.js imports it).
export declare const TASKPANE_CONNECT_ORIGINS: string[];
export declare function taskpanePolicy(options?: { connect?: readonly string[] }): string;
export declare function helpPolicy(): string;
export declare function connectOrigins(env: Record<string, string | undefined>): string[];
