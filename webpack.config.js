// Bundles the add-in pages: the task pane (React), the ribbon commands' function file, the message
// dialog and the help page, each with its HTML page, and the Web Worker that does the core's work for them. Office.js is served from the add-in's own files, not a CDN.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://www.contoso.com/plan-check/"; // Change to where IT hosts the add-in.

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      message: "./src/dialog/message.ts",
      // The Web Worker the pane and the ribbon commands hand the core's work to.
      "core-worker": "./src/worker/core-worker.ts",
    },
    // dist/node is the command line's build (npm run build:cli): building the add-in keeps it.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: { keep: /^node[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "message.html", template: "./src/dialog/message.html", chunks: ["message"] }),
      // The manifest's SupportUrl and Learn more link: a static page, no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            // Excel's part of Office.js only: what the pages load, in every language Office speaks.
            from: "node_modules/@microsoft/office-js/dist",
            to: "office",
            // Already minified by Microsoft: don't run it through Terser again.
            info: { minimized: true },
            globOptions: {
              ignore: [
                "**/*.debug.js",
                "**/*.d.ts",
                "**/outlook*",
                "**/word*",
                "**/powerpoint*",
                "**/onenote*",
                "**/project*",
                "**/access*",
                "**/office-vsdoc.js",
                "**/custom-functions-runtime.js",
              ],
            },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
          },
        ],
      }),
    ],
    devServer: dev
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
          port: 3000,
        }
      : undefined,
  };
};
