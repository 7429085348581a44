import { HandoverEndDetection } from "./components/handoverEndDetection";
import { stackComponentOptions } from "./components/providers";
import { loadSettings } from "./components/settings";
import { stackOutputs } from "./components/stackOutputs";

const settings = loadSettings();
const handover = new HandoverEndDetection("handover", { settings }, stackComponentOptions(settings));

export const { delivery, handoverUrl, genesys, cognigyNextSteps } = stackOutputs(handover);
