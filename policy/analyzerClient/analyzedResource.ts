/**
 * A resource as the engine hands it to a policy analyzer: properties in the wire form (secrets wrapped in their
 * signature objects, unknowns as the sentinel), options, provider, and for `AnalyzeStack` the parent, dependencies and
 * property dependencies (pulumi/pulumi `pkg/resource/plugin/analyzer_plugin.go` `Analyze`/`AnalyzeStack`, fed by
 * `pkg/resource/deploy/step_generator.go`: checked inputs for `Analyze`, outputs for `AnalyzeStack`).
 */
export interface AnalyzedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** Wire form. */
    readonly properties: Readonly<Record<string, unknown>>;
    readonly options: { readonly protect: boolean; readonly parent?: string; readonly deleteBeforeReplace?: boolean; readonly ignoreChanges?: readonly string[] };
    readonly provider?: { readonly urn: string; readonly type: string; readonly name: string; readonly properties: Readonly<Record<string, unknown>> };
    readonly parent?: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}
