/** Genesys display names: the Cognigy guide's name plus the stack's suffix, so environments can share an org. */
export function genesysName(baseName: string, nameSuffix: string): string {
    return `${baseName}${nameSuffix}`;
}

/** Pulumi logical names must stay stable (a rename replaces the resource); derive them from the topic suffix. */
export function logicalEventKey(topicSuffix: string): string {
    return topicSuffix.replace(/[^A-Za-z0-9]+/g, "-");
}
