package io.coachline.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** A single-node KRaft broker (broker + controller in one JVM) run from the kafka_2.13 jars, or an existing broker. */
final class Kafka {
    final String bootstrap;
    private final Child child;

    private Kafka(String bootstrap, Child child) {
        this.bootstrap = bootstrap;
        this.child = child;
    }

    static Kafka external(String bootstrap) throws Exception {
        Log.info("using the existing Kafka at %s", bootstrap);
        waitReady(bootstrap, null, 60);
        return new Kafka(bootstrap, null);
    }

    static Kafka start(Path stateDir, Path libDir, Ports ports, LocalStackMain supervisor) throws Exception {
        Path home = stateDir.resolve("kafka");
        Path data = home.resolve("data");
        Files.createDirectories(data);
        // The controller's address is written into the quorum's metadata when formatting: keep it between runs.
        Path portsFile = home.resolve("ports.properties");
        Properties previous = PropertiesFile.read(portsFile);
        int port = ports.choose("COACHLINE_KAFKA_PORT", 9092);
        int controllerPort = ports.prefer(Integer.parseInt(previous.getProperty("controller.port", "0")),
                "COACHLINE_KAFKA_CONTROLLER_PORT", 0);
        PropertiesFile.write(portsFile, Map.of("controller.port", Integer.toString(controllerPort)), "Kafka controller port");

        Properties server = new Properties();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        server.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        server.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", "PLAINTEXT");
        server.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.setProperty("log.dirs", data.toString());
        server.setProperty("auto.create.topics.enable", "true");
        server.setProperty("num.partitions", "3");
        server.setProperty("default.replication.factor", "1");
        server.setProperty("min.insync.replicas", "1");
        server.setProperty("offsets.topic.replication.factor", "1");
        server.setProperty("offsets.topic.num.partitions", "3");
        server.setProperty("transaction.state.log.replication.factor", "1");
        server.setProperty("transaction.state.log.min.isr", "1");
        server.setProperty("transaction.state.log.num.partitions", "3");
        server.setProperty("share.coordinator.state.topic.replication.factor", "1");
        server.setProperty("share.coordinator.state.topic.min.isr", "1");
        server.setProperty("group.initial.rebalance.delay.ms", "0");
        server.setProperty("log.retention.hours", "168");
        Path config = home.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            server.store(out, "written by io.coachline.stack on every start");
        }

        String java = LocalStackMain.javaBinary();
        String classpath = libDir.toAbsolutePath() + "/*";
        List<String> jvm = List.of(java, "-Xmx512m", "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config=warn",
                "-cp", classpath);
        Path log = stateDir.resolve("logs/kafka.log");
        if (!Files.exists(data.resolve("meta.properties"))) {
            long start = System.nanoTime();
            List<String> format = new ArrayList<>(jvm);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                    "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()));
            Child formatter = Child.start("kafka-format", format, home, Map.of(), log);
            if (!formatter.process.waitFor(120, TimeUnit.SECONDS) || formatter.process.exitValue() != 0) {
                formatter.stop(5);
                throw new IllegalStateException("formatting Kafka's storage failed:\n" + formatter.tail(30));
            }
            Log.info("kafka storage formatted in %s", Log.seconds(start));
        }
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.Kafka", config.toString()));
        Child child = supervisor.register(Child.start("kafka", command, home, Map.of(), log));
        String bootstrap = "localhost:" + port;
        waitReady(bootstrap, child, 120);
        return new Kafka(bootstrap, child);
    }

    private static void waitReady(String bootstrap, Child child, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (child != null && !child.alive()) {
                throw new IllegalStateException("Kafka exited with " + child.process.exitValue() + ":\n" + child.tail(40));
            }
            int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1).split(",")[0]);
            String host = bootstrap.substring(0, bootstrap.lastIndexOf(':'));
            if ((child == null || Ports.answers(host, port)) && answers(bootstrap)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Kafka at " + bootstrap + " not ready after " + timeoutSeconds + " s"
                + (child == null ? "" : ":\n" + child.tail(40)), last);
    }

    static boolean answers(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(4, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    void stop() {
        if (child != null) {
            child.stop(30);
        }
    }
}
