// Types for scripts/addin-manifest.js (plain JavaScript so that webpack.config.js can load it).

/** "https://localhost:3000/": the address every URL in the committed manifest starts with. */
export declare const DEV_BASE_URL: string;
/** "https://localhost:3000" */
export declare const DEV_ORIGIN: string;
/** "ADDIN_PUBLIC_URL" */
export declare const PUBLIC_URL_VARIABLE: string;

/** Checks a production address (https, no credentials, query or fragment) and returns it ending in one "/". */
export declare function normalizePublicUrl(raw: string): string;
/** ADDIN_PUBLIC_URL, normalised; throws a message that says what to do when it is missing or unusable. */
export declare function publicUrlFromEnv(env?: Record<string, string | undefined>): string;
/** Moves every dev-server URL in the manifest text to the production address; nothing else changes. */
export declare function rewriteManifestUrls(xml: string, publicUrl: string): string;
/** REQUIRED_EXCEL_API from the text of src/excel/requirements.ts. */
export declare function readRequiredExcelApi(source: string): string;
/** The MinVersion of every <Set Name="ExcelApi"> in the manifest text. */
export declare function manifestExcelApiVersions(xml: string): string[];
/** The files of this project the manifest points at (paths after https://localhost:3000/), sorted. */
export declare function manifestLocalPaths(xml: string): string[];
