// @vercel/cosmosdb-server (tests/node_modules) with the one fix Vigor needs, for the tests and for
// `scripts/cosmos-emulator`. Arguments go to its CLI (`--host 127.0.0.1 -p 8081`).
//
// cosmosdb-server 1.0.1 answers a point read of a missing document with 500 (its handler dereferences
// the absent item); real Cosmos DB answers 404, and Vigor reads documents that may not exist yet (a
// sign-in's throttle counters), so unpatched every login was a 503. This wraps that one handler before
// the router captures it; everything else runs unmodified.
"use strict";
const path = require("path");

const lib = process.env.COSMOSDB_SERVER_LIB || path.join(__dirname, "..", "tests", "node_modules", "@vercel", "cosmosdb-server", "lib");
const handler = require(path.join(lib, "handler", "read-document"));
const original = handler.default;
handler.default = (account, req, res, params) => {
  try {
    return original(account, req, res, params);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
};
process.argv = [process.argv[0], path.join(lib, "cli.js"), ...process.argv.slice(2)];
require(path.join(lib, "cli.js"));
