// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see ../README.md).

// Export members:
export * from "./vars";
