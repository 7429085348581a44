import { HandoverEndDetection } from "./components/handoverEndDetection";
import { createProviders } from "./components/providers";
import { loadSettings } from "./components/settings";
import { stackOutputs } from "./components/stackOutputs";

const settings = loadSettings();
const handover = new HandoverEndDetection("handover", { settings, providers: createProviders(settings) });

export const { delivery, handoverUrl, genesys, cognigyNextSteps } = stackOutputs(handover);
