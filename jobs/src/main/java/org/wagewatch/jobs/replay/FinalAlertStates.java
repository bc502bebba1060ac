package org.wagewatch.jobs.replay;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.wagewatch.rules.alert.Alert;

/**
 * Keeps only the latest state of each alert and emits them when the input ends. Chained to the rules
 * operator, whose subtask sees every state of its projects' alerts, it spares a replay from sending
 * the states on the way anywhere.
 */
final class FinalAlertStates extends AbstractStreamOperator<Alert>
        implements OneInputStreamOperator<Alert, Alert>, BoundedOneInput {

    private static final long serialVersionUID = 1L;

    private transient Map<String, Alert> latest;

    @Override
    public void open() throws Exception {
        super.open();
        latest = new HashMap<>();
    }

    @Override
    public void processElement(StreamRecord<Alert> element) {
        Alert alert = element.getValue();
        latest.merge(alert.alertId(), alert, (kept, next) -> next.version() >= kept.version() ? next : kept);
    }

    @Override
    public void endInput() {
        StreamRecord<Alert> out = new StreamRecord<>(null);
        latest.values().forEach(alert -> output.collect(out.replace(alert)));
        latest.clear();
    }
}
