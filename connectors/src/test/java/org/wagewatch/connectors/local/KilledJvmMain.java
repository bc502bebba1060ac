package org.wagewatch.connectors.local;

/**
 * Starts a {@link LocalClickHouse} and waits to be killed; {@link LocalClickHouseTest} runs it in a
 * separate JVM and kills that JVM with SIGKILL.
 */
public final class KilledJvmMain {

    static final String STARTED = "STARTED";

    private KilledJvmMain() {}

    public static void main(String[] args) throws Exception {
        LocalClickHouse clickHouse = LocalClickHouse.start();
        System.out.println(
                String.join(
                        " ",
                        STARTED,
                        String.valueOf(clickHouse.serverPid()),
                        String.valueOf(clickHouse.httpPort()),
                        clickHouse.dataDir().toString()));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
