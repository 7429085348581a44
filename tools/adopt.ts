/**
 * npm run adopt -- --stack <name> [--out <file>] [--json] [--dir <project dir>] [--timeout <seconds>]
 *
 * Finds a manual (guide-built) setup in the live Genesys org, read-only, and writes the bulk import file that
 * lets Pulumi take it over instead of creating duplicates. Exit 0 written, 1 ambiguous candidates, 2 cannot check.
 */
import { adoptCommand } from "./adopt/adoptCommand";
import { runLiveOrgCommand } from "./genesys/runLiveOrgCommand";

runLiveOrgCommand("adopt", adoptCommand);
