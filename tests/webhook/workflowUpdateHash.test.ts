/**
 * The Flow's `updateTriggerHash` is SHA-256 over the rendered YAML, a NUL byte, then the data action's id. The
 * expected digests were computed outside this code (`printf 'name: W\n\0action-1' | sha256sum`). The NUL keeps
 * content and id apart: without it, "…W\n" + "action-1" and "…W\na" + "ction-1" would hash the same.
 */
import { workflowUpdateHash } from "../../components/webhook/workflowTemplate";

describe("workflowUpdateHash", () => {
    test("is sha256(content, NUL, action id), written out", () => {
        expect(workflowUpdateHash("name: W\n", "action-1")).toBe("27b6060a98aecd225f00958156ca3cb4517d1635fa3d938a9c4d4daca9712a22");
        expect(workflowUpdateHash("name: W\n", "action-2")).toBe("646092fbc8a35be182336187ef726570afaff77cb831a362f9d5b914691b4111");
    });
});
