import {
    eventBridgeSourcePropertiesJson,
    GENESYS_PARTNER_SOURCE_PREFIX,
    HANDOVER_EVENTS,
    handoverEventPattern,
    handoverEventPatternJson,
    parseEventBridgeSourceProperties,
    partnerEventSourceName,
    REQUIRED_EVENT_MATCH,
} from "@cognigy-handover/contract";
import {
    deadLetterQueuePolicy,
    eventBridgeAssumeRolePolicy,
    invokeApiDestinationPolicy,
} from "../../components/eventbridge/iamPolicyDocuments";

const RULE_ARN = "arn:aws:events:eu-west-1:444455556666:rule/aws.partner/genesys.com/cloud/org/suffix/cognigy-handover-open-messaging";

describe("event pattern", () => {
    test("is Cognigy's documented pattern, byte for byte", () => {
        expect(handoverEventPatternJson()).toBe('{"detail":{"eventBody":{"mediaType":["MESSAGE"],"messageType":["OPEN"]}}}');
    });

    test("is derived from the trigger restriction, one single-value list per field", () => {
        const body = handoverEventPattern().detail.eventBody;
        expect(Object.keys(body)).toEqual(REQUIRED_EVENT_MATCH.map((match) => match.jsonPath));
        for (const { jsonPath, value } of REQUIRED_EVENT_MATCH) {
            expect(body[jsonPath]).toEqual([value]);
        }
    });

    test("has no topic (detail-type) condition: the source's topic filter does that", () => {
        expect(Object.keys(handoverEventPattern())).toEqual(["detail"]);
    });
});

describe("source properties", () => {
    const properties = {
        eventSourceSuffix: "org-1",
        awsAccountRegion: "eu-central-1",
        awsAccountId: "111122223333",
        eventFilter: [HANDOVER_EVENTS.CustomerEndEvent.topic],
    };

    test("are compact JSON with keys in Go's sorted order, whatever order they are given in", () => {
        expect(eventBridgeSourcePropertiesJson(properties)).toBe(
            `{"awsAccountId":"111122223333","awsAccountRegion":"eu-central-1","eventFilter":["${HANDOVER_EVENTS.CustomerEndEvent.topic}"],"eventSourceSuffix":"org-1"}`,
        );
    });

    test("round-trip through the parser the policy uses", () => {
        expect(parseEventBridgeSourceProperties(eventBridgeSourcePropertiesJson(properties))).toEqual(properties);
    });

    test.each([
        [undefined, "missing"],
        ["{", "not valid JSON"],
        ["[]", "JSON object"],
        ['{"awsAccountId":"1","awsAccountRegion":"r","eventSourceSuffix":"s","eventFilter":"x"}', "eventFilter is not an array"],
        ['{"awsAccountRegion":"r","eventSourceSuffix":"s","eventFilter":[]}', "awsAccountId is not a non-empty string"],
    ])("parser explains %s", (json, problem) => {
        const parsed = parseEventBridgeSourceProperties(json);
        expect("problem" in parsed && parsed.problem).toContain(problem);
    });
});

describe("partner event source name", () => {
    test("is Genesys' prefix, the org id and the suffix", () => {
        expect(partnerEventSourceName("org-uuid", "6650a1b2")).toBe(`${GENESYS_PARTNER_SOURCE_PREFIX}/org-uuid/6650a1b2`);
        expect(GENESYS_PARTNER_SOURCE_PREFIX).toBe("aws.partner/genesys.com/cloud");
    });

    test("refuses an empty part rather than naming a bus that can never associate", () => {
        expect(() => partnerEventSourceName("", "s")).toThrow(/org id/);
        expect(() => partnerEventSourceName("o", "")).toThrow(/suffix/);
    });
});

describe("IAM and SQS policy documents", () => {
    test("the role trusts only EventBridge, for this account's handover rule", () => {
        const document = eventBridgeAssumeRolePolicy("444455556666", RULE_ARN);
        expect(document.Statement).toEqual([
            {
                Sid: expect.any(String),
                Effect: "Allow",
                Principal: { Service: "events.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "aws:SourceAccount": "444455556666" },
                    ArnEquals: { "aws:SourceArn": RULE_ARN },
                },
            },
        ]);
    });

    test("the role may only invoke the one API destination", () => {
        const arn = "arn:aws:events:eu-west-1:444455556666:api-destination/x/1234";
        const document = invokeApiDestinationPolicy(arn);
        expect(document.Statement).toHaveLength(1);
        expect(document.Statement[0]).toMatchObject({ Effect: "Allow", Action: "events:InvokeApiDestination", Resource: arn });
        expect(JSON.stringify(document)).not.toContain("*");
    });

    test("only the handover rule may send to the dead-letter queue", () => {
        const queueArn = "arn:aws:sqs:eu-west-1:444455556666:dlq";
        const document = deadLetterQueuePolicy(queueArn, RULE_ARN);
        expect(document.Statement).toEqual([
            {
                Sid: expect.any(String),
                Effect: "Allow",
                Principal: { Service: "events.amazonaws.com" },
                Action: "sqs:SendMessage",
                Resource: queueArn,
                Condition: { ArnEquals: { "aws:SourceArn": RULE_ARN } },
            },
        ]);
    });
});
