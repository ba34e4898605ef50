/**
 * The IAM policy language: parse, evaluate with an explanation, lint, and the action catalog.
 * A standalone library: it knows nothing of the course and reads no files but its catalog.
 *
 * <p>The door:
 * <ul>
 *   <li>{@link dev.secpillar.policy.PolicyParser} turns JSON (text or a Jackson tree) into a
 *       compiled {@link dev.secpillar.policy.PolicyDocument}, or throws a located
 *       {@link dev.secpillar.policy.PolicyParseException}.</li>
 *   <li>{@link dev.secpillar.policy.ScenarioParser} reads a {@code simulate} scenario;
 *       {@link dev.secpillar.policy.Scenario#builder()} and
 *       {@link dev.secpillar.policy.Request#builder()} build one in code, and
 *       {@link dev.secpillar.policy.Scenario#withRequest} re-uses a world for many requests.</li>
 *   <li>{@link dev.secpillar.policy.PolicyEvaluator#evaluate} gives an
 *       {@link dev.secpillar.policy.EvaluationResult}: a {@link dev.secpillar.policy.Decision},
 *       the {@link dev.secpillar.policy.Reason}s, a one-line summary and a
 *       {@link dev.secpillar.policy.Trace}.</li>
 *   <li>{@link dev.secpillar.policy.PolicyLinter#lint} gives {@link dev.secpillar.policy.Finding}s;
 *       {@link dev.secpillar.policy.ActionCatalog#instance()} knows every AWS action.</li>
 * </ul>
 */
package dev.secpillar.policy;
