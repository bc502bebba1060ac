package org.wagewatch.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ObjectFilter;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.wagewatch.connectors.util.Digests;
import org.wagewatch.rules.config.RuleThresholds;
import org.wagewatch.rules.facts.Facts;

/**
 * The DRL rules, compiled once per JVM. Each evaluation runs a pooled session over facts built from
 * Flink state and empties it: no facts live in a long-lived session.
 */
public final class RuleEngine {

    /** The rule files, one per family, under the package of the fact types. */
    static final List<String> RULE_FILES = List.of(
            "org/wagewatch/rules/facts/wages.drl",
            "org/wagewatch/rules/facts/account.drl",
            "org/wagewatch/rules/facts/attendance.drl");

    private static volatile RuleEngine compiled;

    private static final ObjectFilter FINDINGS = new ClassObjectFilter(Finding.class);

    /** Sessions are reused, as creating one costs more than judging a small group of facts. */
    private final KieSessionsPool sessions;
    private final String rulesVersion;

    private RuleEngine(KieBase kieBase, String rulesVersion) {
        this.sessions = kieBase.newKieSessionsPool(2);
        this.rulesVersion = rulesVersion;
    }

    /** The engine, compiling the rules on first use; fails naming every DRL error. */
    public static RuleEngine get() {
        RuleEngine engine = compiled;
        if (engine == null) {
            synchronized (RuleEngine.class) {
                if (compiled == null) {
                    compiled = compile();
                }
                engine = compiled;
            }
        }
        return engine;
    }

    /**
     * Starts compiling the rules in the background, for a job about to start in this JVM: the compile
     * then overlaps the cluster's start instead of following it.
     */
    public static void compileInBackground() {
        Thread compiler = new Thread(RuleEngine::get, "wagewatch-rules-compiler");
        compiler.setDaemon(true);
        compiler.start();
    }

    /** The SHA-1 of the rule files: findings judged by other rules are not reused. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** Runs every rule over the facts and returns what holds. */
    public List<Finding> evaluate(List<Facts> facts, RuleThresholds thresholds) {
        KieSession session = sessions.newKieSession();
        try {
            session.insert(thresholds);
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object finding : session.getObjects(FINDINGS)) {
                findings.add((Finding) finding);
            }
            return findings;
        } finally {
            // Back to the pool, emptied: no fact outlives the evaluation.
            session.dispose();
        }
    }

    /**
     * Compiles against the class loader that loaded this class, not the thread's: in Flink the
     * thread's loader belongs to one job and is closed when it ends, while this class (and the
     * cached rules) may outlive it.
     */
    private static RuleEngine compile() {
        ClassLoader loader = RuleEngine.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            KieHelper helper = new KieHelper();
            StringBuilder allRules = new StringBuilder();
            for (String file : RULE_FILES) {
                String drl = readRuleFile(loader, file);
                allRules.append(file).append('\n').append(drl);
                helper.addResource(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(file), ResourceType.DRL);
            }
            Results results = helper.verify();
            if (results.hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(
                        "the wagewatch rules do not compile: " + results.getMessages(Message.Level.ERROR));
            }
            return new RuleEngine(helper.build(), Digests.sha1Hex(allRules.toString()));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String readRuleFile(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the rule file " + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule file " + file, e);
        }
    }
}
