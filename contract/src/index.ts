/**
 * What the Pulumi program (components/), the policy pack (policy/) and the offline tools (tools/) share: the
 * event catalogue, the handover contract and what derives from it. Nothing here imports Pulumi or any other
 * package (tests/contract/pulumiFree.test.ts), so the pack can bundle it and publish on its own.
 */
export * from "./awsResourceTypes";
export * from "./canonicalJson";
export * from "./cognigyHandoverService";
export * from "./cognigyRelease";
export * from "./endpointHosts";
export * from "./eventBridgeSourceProperties";
export * from "./eventPattern";
export * from "./events";
export * from "./handoverContract";
export * from "./handoverMatchCriteria";
export * from "./isRecord";
export * from "./matchCriteria";
export * from "./partnerEventSource";
export * from "./resourceTypes";
export * from "./workflowExitReasons";
export * from "./workflowSubstitutions";
