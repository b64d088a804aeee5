// Parses a GIFT file with gift-pegjs (the parser FORMATS.md names) and prints what it
// read as JSON, for the Rust test to check. A syntax error exits 1 with its location.
const path = require("path");
const { parse } = require(path.resolve(process.argv[2], "node_modules", "gift-pegjs"));
const text = require("fs").readFileSync(process.argv[3], "utf8");
try {
  console.log(JSON.stringify(parse(text)));
} catch (e) {
  const at = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : "";
  console.error(`gift-pegjs: ${e.message}${at}`);
  process.exit(1);
}
