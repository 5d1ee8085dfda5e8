package io.coachline.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * Port choice for every component: the environment variable names the port, {@code 0} means "any free port",
 * unset means the default; a taken port moves on to the next free one (logged), so a second stack (the test
 * stack beside {@code ./platform up}) never clashes.
 */
final class Ports {
    private final Set<Integer> handedOut = new HashSet<>();

    synchronized int choose(String envName, int defaultPort) {
        String value = System.getenv(envName);
        int wanted = defaultPort;
        if (value != null && !value.isBlank()) {
            try {
                wanted = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(envName + " is not a port number: " + value);
            }
        }
        int port;
        if (wanted == 0) {
            port = anyFree();
        } else {
            port = wanted;
            while (!isFree(port) || handedOut.contains(port)) {
                port++;
            }
            if (port != wanted) {
                Log.info("port %d (%s) is taken, using %d", wanted, envName, port);
            }
        }
        handedOut.add(port);
        return port;
    }

    /** A preferred port (kept from an earlier run) if still free, else as {@link #choose}. */
    synchronized int prefer(int previous, String envName, int defaultPort) {
        String value = System.getenv(envName);
        boolean explicit = value != null && !value.isBlank() && !"0".equals(value.trim());
        if (!explicit && previous > 0 && isFree(previous) && !handedOut.contains(previous)) {
            handedOut.add(previous);
            return previous;
        }
        return choose(envName, defaultPort);
    }

    /** Any free port (an extra replica's). */
    synchronized int any() {
        int port = anyFree();
        handedOut.add(port);
        return port;
    }

    private int anyFree() {
        for (int i = 0; i < 50; i++) {
            int port;
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                port = socket.getLocalPort();
            } catch (IOException e) {
                continue;
            }
            if (!handedOut.contains(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port found");
    }

    static boolean isFree(int port) {
        if (port <= 0 || port > 65535) {
            return false;
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false; // someone answers
        } catch (IOException expected) {
            // nobody listening on loopback
        }
        for (String host : new String[] {"127.0.0.1", "0.0.0.0"}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true); // as servers do: connections in TIME_WAIT do not make a port taken
                socket.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    static boolean answers(String host, int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
