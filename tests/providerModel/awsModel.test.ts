/**
 * The AWS rows of the provider model (tools/providerModel/aws.json) name properties that exist in the
 * @pulumi/aws typings the program compiles with, with the same required flag, so a renamed or dropped input
 * in an @pulumi/aws upgrade fails here instead of silently leaving a replacement unexplained.
 */
import * as path from "node:path";
import { providerModels } from "../../tools/providerModel/providerModel";
import { inputProperties, InterfaceIndex, parseSource } from "./sdkTypings";

const AWS_DIR = path.dirname(require.resolve("@pulumi/aws/package.json"));
const inputTypes = parseSource(path.join(AWS_DIR, "types", "input.d.ts"));

/** `aws:cloudwatch/eventBus:EventBus` -> `cloudwatch/eventBus.d.ts` and `EventBusArgs`. */
function typingsOf(typeToken: string): { file: string; argsInterface: string } {
    const match = /^aws:([a-z0-9]+)\/([A-Za-z0-9]+):([A-Za-z0-9]+)$/.exec(typeToken);
    if (match === null) {
        throw new Error(`not an @pulumi/aws resource token: ${typeToken}`);
    }
    return { file: path.join(AWS_DIR, match[1], `${match[2]}.d.ts`), argsInterface: `${match[3]}Args` };
}

const awsResources = [...providerModels().values()].filter((resource) => resource.type.startsWith("aws:"));

describe("the AWS provider model against the @pulumi/aws typings", () => {
    test("models the AWS resources the EventBridge components declare", () => {
        expect(awsResources.map((resource) => resource.type).sort()).toEqual([
            "aws:cloudwatch/eventApiDestination:EventApiDestination",
            "aws:cloudwatch/eventBus:EventBus",
            "aws:cloudwatch/eventConnection:EventConnection",
            "aws:cloudwatch/eventRule:EventRule",
            "aws:cloudwatch/eventTarget:EventTarget",
            "aws:cloudwatch/metricAlarm:MetricAlarm",
            "aws:iam/role:Role",
            "aws:iam/rolePolicy:RolePolicy",
            "aws:sqs/queue:Queue",
            "aws:sqs/queuePolicy:QueuePolicy",
        ]);
    });

    describe.each(awsResources.map((resource) => [resource.type, resource] as const))("%s", (typeToken, resource) => {
        const { file, argsInterface } = typingsOf(typeToken);
        const typings = new Map(inputProperties(new InterfaceIndex([parseSource(file), inputTypes]), argsInterface).map((input) => [input.path, input]));

        test("every row is an input of the typings, required exactly when the typings require it", () => {
            const rows = Object.entries(resource.inputs).map(([inputPath, fact]) => ({ inputPath, required: fact.required }));
            const problems = rows
                .filter(({ inputPath, required }) => typings.get(inputPath)?.required !== required)
                .map(({ inputPath, required }) =>
                    typings.has(inputPath) ? `${inputPath}: model required=${required}, typings required=${!required}` : `${inputPath}: not an input of ${argsInterface}`,
                );
            expect(problems).toEqual([]);
        });

        test("every input the typings call `name` or `region` has a row (auto-naming and replacement live there)", () => {
            const expected = ["name", "region"].filter((key) => typings.has(key));
            expect(expected.filter((key) => resource.inputs[key] === undefined)).toEqual([]);
        });
    });
});
