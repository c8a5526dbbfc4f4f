// Builds the browser-test harness (the fake Excel behind Office and Excel globals) into one script.
const path = require("node:path");

module.exports = {
  mode: "development",
  devtool: false,
  context: path.join(__dirname, "..", ".."),
  entry: path.join(__dirname, "harness.ts"),
  output: { filename: "harness.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } },
      },
    ],
  },
};
