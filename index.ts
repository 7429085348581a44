import { declareHandoverStack } from "./components/handoverStack";
import { loadSettings } from "./components/settings";
import { stackOutputs } from "./components/stackOutputs";

// The only place the program reads stack configuration: loadSettings validates all of it before anything is declared.
const handover = declareHandoverStack(loadSettings());

export const { delivery, handoverUrl, genesys, cognigyNextSteps } = stackOutputs(handover);
