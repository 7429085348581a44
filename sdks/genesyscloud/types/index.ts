// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see ../README.md).

// Export sub-modules:
import * as input from "./input";
import * as output from "./output";

export {
    input,
    output,
};
