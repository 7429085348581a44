/**
 * npm run doctor -- --stack <name> [--json] [--call-cognigy] [--dir <project dir>] [--timeout <seconds>]
 *
 * Reads the live Genesys org (read-only) and reports where it differs from what the stack declares.
 * Exit 0 healthy, 1 findings, 2 cannot check (the message names the fix). `--help` for details.
 */
import { doctorCommand } from "./doctor/doctorCommand";
import { runLiveOrgCommand } from "./genesys/runLiveOrgCommand";

runLiveOrgCommand("doctor", doctorCommand);
