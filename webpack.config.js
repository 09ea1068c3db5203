// Builds the task pane: src/taskpane/index.tsx → dist/taskpane[.contenthash].js, taskpane.html from
// src/taskpane/taskpane.html, the self-check page kontroll.html (the same HTML and bundle), plus the add-in's static files (manifest.xml, assets/icon-*.png,
// hjalp.html).
//   npm run build       production; needs ADDIN_PUBLIC_URL (https), written into dist/manifest.xml
//   npm run build:dev   development; URLs stay at https://localhost:3000/
//   npm run dev-server  webpack-dev-server on https://localhost:3000 (office-addin-dev-certs)
//
// office-addin-debugging (npm start / npm stop) is NOT a dependency, but run on demand with
// `npx --yes office-addin-debugging@7`: its office-addin-dev-settings 4 has
// @microsoft/m365agentstoolkit-cli as an optional/peer dependency, which builds the native keytar
// module — that fails on a fresh Linux machine and would break `npm ci` in CI. It reads
// package.json's "config" (app_to_debug, app_type_to_debug, dev_server_port) and starts
// `npm run dev-server` itself when nothing listens on the port.
//
// Type-checking is not done here (ts-loader transpileOnly): `npm test` runs `tsc --noEmit`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import {
  DEV_BASE_URL,
  manifestExcelApiVersions,
  manifestLocalPaths,
  publicUrlFromEnv,
  readRequiredExcelApi,
  rewriteManifestUrls,
} from "./scripts/addin-manifest.js";
import { connectOrigins, helpPolicy, taskpanePolicy } from "./scripts/csp.js";

const root = path.dirname(fileURLToPath(import.meta.url));
const PLUGIN = "SamfinansieringAddinFiles";
/** The manifest's URLs fix the dev server's port (package.json config.dev_server_port says the same). */
const DEV_SERVER_PORT = Number(new URL(DEV_BASE_URL).port);

/** Files copied as they are: output name → source. */
function staticFiles() {
  const files = new Map([["hjalp.html", path.join(root, "src/help/hjalp.html")]]);
  for (const name of readdirSync(path.join(root, "assets")).sort()) {
    if (/^icon-\d+\.png$/.test(name)) files.set(`assets/${name}`, path.join(root, "assets", name));
  }
  return files;
}

/**
 * Emits manifest.xml (URLs moved to the production address when there is one), the icons and the
 * help page; fails the build when the manifest's ExcelApi version differs from REQUIRED_EXCEL_API
 * or a file the manifest points at is not in the output.
 */
class AddinFilesPlugin {
  /** @param {{ publicUrl: string | null, manifestFile?: string, requirementsFile?: string }} options */
  constructor(options) {
    this.publicUrl = options.publicUrl;
    this.manifestFile = options.manifestFile ?? path.join(root, "manifest.xml");
    this.requirementsFile = options.requirementsFile ?? path.join(root, "src/excel/requirements.ts");
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      const { manifestFile, requirementsFile } = this;
      /** @type {string | null} */
      let manifest = null;
      const fail = (message) => compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));

      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(manifestFile);
        compilation.fileDependencies.add(requirementsFile);
        compilation.contextDependencies.add(path.join(root, "assets"));
        manifest = readFileSync(manifestFile, "utf8");

        try {
          const required = readRequiredExcelApi(readFileSync(requirementsFile, "utf8"));
          const declared = manifestExcelApiVersions(manifest);
          if (declared.length === 0 || declared.some((version) => version !== required)) {
            fail(`manifest.xml declares ExcelApi ${declared.join(", ") || "nowhere"}, but src/excel/requirements.ts says REQUIRED_EXCEL_API = "${required}"`);
          }
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }

        let output = manifest;
        if (this.publicUrl !== null) {
          try {
            output = rewriteManifestUrls(manifest, this.publicUrl);
          } catch (error) {
            fail(error instanceof Error ? error.message : String(error));
          }
        }
        compilation.emitAsset("manifest.xml", new sources.RawSource(Buffer.from(output, "utf8")));

        for (const [name, source] of staticFiles()) {
          compilation.fileDependencies.add(source);
          compilation.emitAsset(name, new sources.RawSource(readFileSync(source)));
        }
      });

      // After html-webpack-plugin has emitted taskpane.html.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        if (manifest === null) return;
        for (const file of manifestLocalPaths(manifest)) {
          if (compilation.getAsset(file) === undefined) fail(`manifest.xml points at ${DEV_BASE_URL}${file}, which the build does not produce`);
        }
      });
    });
  }
}

/** ADDIN_PUBLIC_URL, or an error whose message (without a stack trace) says what to set. */
function productionUrl() {
  try {
    return publicUrlFromEnv(process.env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const clean = new Error(message);
    clean.stack = `Error: ${message}`; // webpack-cli prints the stack; the message is the point
    throw clean;
  }
}

async function devServerCertificates() {
  // Creates and trusts a localhost certificate the first time (asks for the password to do so).
  const devCerts = await import("office-addin-dev-certs");
  return (devCerts.default ?? devCerts).getHttpsServerOptions();
}

/**
 * @param {Record<string, unknown>} env webpack-cli's --env (WEBPACK_SERVE when serving)
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
export default async function config(env = {}, argv = {}) {
  const mode = argv.mode ?? "production";
  const production = mode === "production";
  const publicUrl = production ? productionUrl() : null;
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    context: root,
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    devtool: production ? false : "source-map",
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // The project's modules do nothing when imported (no import for effect), so one whose
          // exports go unused is left out of the bundle.
          sideEffects: false,
          // For imports made by the project's own files only (packages keep webpack's defaults).
          // The project imports with explicit ".ts"/".tsx" (allowImportingTsExtensions), which
          // resolve as they are; a ".js" or extensionless specifier also finds its TypeScript source.
          resolve: {
            extensions: [".ts", ".tsx", "..."],
            extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
          },
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              // tsconfig.json is for tsc --noEmit; emitting needs noEmit off, and with it
              // allowImportingTsExtensions (transpiling keeps the ".ts" specifiers as they are).
              compilerOptions: {
                noEmit: false,
                allowImportingTsExtensions: false,
                target: "ES2020",
                module: "ESNext",
                sourceMap: !production,
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(root, "src/taskpane/taskpane.html"),
        title: "Samfinansiering",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
        meta: { csp: { "http-equiv": "Content-Security-Policy", content: taskpanePolicy({ connect: connectOrigins(process.env) }) } },
      }),
      new HtmlWebpackPlugin({
        template: path.join(root, "src/taskpane/taskpane.html"),
        title: "Samfinansiering – kontrollera Excel",
        filename: "kontroll.html",
        // The task pane's own bundle: it shows Kontrollera Excel alone on this page.
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new AddinFilesPlugin({ publicUrl }),
      // SCB's API address for organisations that proxy it (src/taskpane/scbUrl.ts); empty means SCB's own.
      new webpack.DefinePlugin({ "process.env.SAMF_SCB_URL": JSON.stringify(process.env.SAMF_SCB_URL ?? "") }),
    ],
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: DEV_SERVER_PORT,
      server: serving ? { type: "https", options: await devServerCertificates() } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

export { AddinFilesPlugin };
