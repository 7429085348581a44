import * as path from "path";
import { readEventsFile, SimulationEvent } from "./simulationEvent";

/** The samples shipped with the tool: events built from Genesys' documented schemas, with expectations. */
export const BUNDLED_SAMPLES_FILE = path.resolve(__dirname, "..", "samples", "handover-events.json");

export function bundledSamples(): SimulationEvent[] {
    return readEventsFile(BUNDLED_SAMPLES_FILE);
}
