// The TypeScript claude-usage-core, driven against the fake server for the side-by-side.
//
//   node ts_runner.mjs PACKAGE_DIR BASE_URL STORE_PATH save        (accounts JSON on stdin)
//   node ts_runner.mjs PACKAGE_DIR BASE_URL STORE_PATH refresh     (prints seconds)
//   node ts_runner.mjs PACKAGE_DIR BASE_URL STORE_PATH oneshot     (prints the usage JSON)
//
// The library has Anthropic's hosts written into it; every fetch it makes is sent to the
// fake instead, and anything that is not one of those hosts nor the fake is refused, so no
// run can reach a real server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [packageDir, baseUrl, storagePath, mode] = process.argv.slice(2);
const fake = new URL(baseUrl);
if (fake.hostname !== "127.0.0.1") throw new Error(`not the loopback fake: ${baseUrl}`);
const REAL_HOSTS = new Set(["api.anthropic.com", "platform.claude.com", "console.anthropic.com"]);

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  if (REAL_HOSTS.has(url.hostname)) return realFetch(new URL(url.pathname + url.search, fake), init);
  if (url.origin === fake.origin) return realFetch(url, init);
  throw new Error(`refused: ${url.origin} is neither Anthropic's (sent to the fake) nor the fake`);
};

const { ClaudeUsageClient } = await import(pathToFileURL(join(packageDir, "dist", "index.js")).href);
const client = new ClaudeUsageClient({ storagePath, platform: "linux" });

if (mode === "save") {
  for (const account of JSON.parse(readFileSync(0, "utf8"))) {
    await client.saveAccount(account.name, account.credentials_json);
  }
} else if (mode === "refresh") {
  const started = performance.now();
  const usage = await client.getAllAccountsUsage();
  const seconds = (performance.now() - started) / 1000;
  const failed = usage.filter((u) => u.error).length;
  process.stdout.write(JSON.stringify({ seconds, accounts: usage.length, failed }) + "\n");
} else if (mode === "oneshot") {
  process.stdout.write(JSON.stringify(await client.getAllAccountsUsage()) + "\n");
} else {
  throw new Error(`unknown mode ${mode}`);
}
