/** Where the contract build records the digest of the sources it compiled. */
export declare const DIGEST_FILE: string;
/** The digest of contract/src and contract/tsconfig.json as they are now. */
export declare function sourceDigest(): string;
