package dev.secpillar.content;

import dev.secpillar.course.Question;
import dev.secpillar.course.QuestionKind;
import dev.secpillar.course.Quiz;
import dev.secpillar.course.SourceRef;
import dev.secpillar.policy.EvaluationResult;
import dev.secpillar.policy.PolicyEvaluator;
import dev.secpillar.policy.PolicyParseException;
import dev.secpillar.policy.ScenarioParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The right answer of every {@code policy_decision} question comes from the simulator, never
 * from the author: after loading, each scenario is parsed and evaluated and the decision
 * becomes the question's answer. An invalid scenario is reported at the YAML line of the part
 * the simulator rejected; an author's {@code expect} that disagrees is reported at the expect,
 * with what the simulator decided and why.
 */
public final class PolicyDecisions {

    /** What the simulator makes of one question: the answer index, its one-line reason, the scenario as JSON. */
    public record Decided(int answer, String why, String json) {}

    private PolicyDecisions() {}

    /** The simulator's view of a loaded policy_decision question; empty for other kinds. */
    public static Optional<Decided> of(Question q) {
        if (q.kind() != QuestionKind.POLICY_DECISION) {
            return Optional.empty();
        }
        ScenarioJson json = ScenarioJson.write(q.scenario());
        try {
            return Optional.of(decided(evaluate(json, q.id()), json));
        } catch (PolicyParseException e) {
            return Optional.empty();
        }
    }

    /** The quizzes with every policy_decision answer filled in; problems for scenarios that fail. */
    static List<Quiz> decideAll(List<Quiz> quizzes, Problems problems) {
        List<Quiz> out = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            List<Question> questions = quiz.questions().stream().map(q -> decide(q, problems)).toList();
            out.add(new Quiz(quiz.id(), quiz.moduleId(), quiz.title(), quiz.passPercent(), questions, quiz.source()));
        }
        return out;
    }

    private static Question decide(Question q, Problems problems) {
        if (q.kind() != QuestionKind.POLICY_DECISION) {
            return q;
        }
        ScenarioJson json = ScenarioJson.write(q.scenario());
        Decided d;
        try {
            d = decided(evaluate(json, q.positions().at("/scenario").file()), json);
        } catch (PolicyParseException e) {
            SourceRef where = e.line() > 0
                    ? q.positions().at("/scenario" + json.pathAt(e.line(), e.column()))
                    : q.positions().at("/scenario");
            problems.add(where, "invalid scenario: " + e.getMessage());
            return q;
        }
        if (!q.answer().isEmpty() && q.answer().get(0) != d.answer()) {
            problems.add(q.positions().at("/expect"), "'expect' is " + QuizReader.DECISIONS.get(q.answer().get(0))
                    + " but the simulator decides " + d.why());
            return q;
        }
        return new Question(q.id(), q.kind(), q.prompt(), q.choices(), List.of(d.answer()), q.explain(),
                q.bestPractices(), q.scenario(), q.positions());
    }

    private static EvaluationResult evaluate(ScenarioJson json, String sourceName) throws PolicyParseException {
        return PolicyEvaluator.evaluate(ScenarioParser.parse(json.json(), sourceName));
    }

    private static Decided decided(EvaluationResult r, ScenarioJson json) {
        return new Decided(QuizReader.DECISIONS.indexOf(r.decision().wireName()), r.summary(), json.json());
    }
}
