/**
 * Genesys topics carry the conversation id: a trigger or EventBridge filter says
 * `v2.detail.events.conversation.{id}.acw`, the event that arrives says `...conversation.<uuid>.acw`.
 */

const ID_PLACEHOLDER = "{id}";

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a concrete topic (or the template itself) belongs to a topic template. */
export function topicMatchesTemplate(template: string, topic: string): boolean {
    if (template === topic) {
        return true;
    }
    const pattern = template.split(ID_PLACEHOLDER).map(escapeRegExp).join("[^.{}]+");
    return new RegExp(`^${pattern}$`).test(topic);
}

/** The concrete topic of an event: the template with `{id}` replaced by the event's conversation id. */
export function concreteTopic(template: string, conversationId: unknown): string {
    return typeof conversationId === "string" && conversationId !== "" ? template.split(ID_PLACEHOLDER).join(conversationId) : template;
}

/** The template of a concrete topic, given the templates one knows. */
export function templateOf(topic: string, templates: readonly string[]): string | undefined {
    return templates.find((template) => topicMatchesTemplate(template, topic));
}
