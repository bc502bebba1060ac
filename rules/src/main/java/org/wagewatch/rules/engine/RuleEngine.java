package org.wagewatch.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.facts.Facts;

/**
 * The DRL rules, compiled once per JVM. Each evaluation runs a fresh session over facts built from
 * Flink state and disposes of it: no facts live in a long-lived session.
 */
public final class RuleEngine {

    /** The rule files, one per family, under the package of the fact types. */
    static final List<String> RULE_FILES = List.of(
            "org/wagewatch/rules/facts/wages.drl",
            "org/wagewatch/rules/facts/account.drl",
            "org/wagewatch/rules/facts/attendance.drl");

    private static volatile KieBase compiled;

    private final KieBase kieBase;

    private RuleEngine(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** The engine, compiling the rules on first use; fails naming every DRL error. */
    public static RuleEngine get() {
        KieBase base = compiled;
        if (base == null) {
            synchronized (RuleEngine.class) {
                if (compiled == null) {
                    compiled = compile();
                }
                base = compiled;
            }
        }
        return new RuleEngine(base);
    }

    /** Runs every rule over the facts and returns what holds. */
    public List<Finding> evaluate(List<Facts> facts, RuleThresholds thresholds) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(thresholds);
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults("findings")) {
                findings.add((Finding) row.get("$finding"));
            }
            return findings;
        } finally {
            session.dispose();
        }
    }

    /**
     * Compiles against the class loader that loaded this class, not the thread's: in Flink the
     * thread's loader belongs to one job and is closed when it ends, while this class (and the
     * cached rules) may outlive it.
     */
    private static KieBase compile() {
        ClassLoader loader = RuleEngine.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            KieHelper helper = new KieHelper();
            for (String file : RULE_FILES) {
                helper.addResource(ResourceFactory.newClassPathResource(file, loader), ResourceType.DRL);
            }
            Results results = helper.verify();
            if (results.hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(
                        "the wagewatch rules do not compile: " + results.getMessages(Message.Level.ERROR));
            }
            return helper.build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
