package dev.secpillar.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback between the store and its database, for fault injection: it can cut
 * every connection and refuse new ones (an outage), come back, and lose the reply to the next
 * COMMIT the database confirms (the commit is done in the database; the client sees its connection die).
 */
public final class CuttableProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Pipe> pipes = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;
    private volatile boolean loseNextCommitReply;

    public CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The outage begins: every open connection is cut, and new ones are closed as they come. */
    public void cut() {
        up = false;
        pipes.forEach(Pipe::close);
    }

    /** The database answers again. */
    public void restore() {
        up = true;
    }

    /** The next COMMIT reaches the database, and its reply never reaches the client. */
    public void loseNextCommitReply() {
        loseNextCommitReply = true;
    }

    public boolean commitReplyPending() {
        return loseNextCommitReply;
    }

    /** The local ports of the proxy's connections to the database (the server's client_port). */
    public List<Integer> upstreamPorts() {
        return pipes.stream().filter(p -> !p.upstream.isClosed()).map(p -> p.upstream.getLocalPort()).toList();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!up) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                Pipe p = new Pipe(client, upstream);
                pipes.add(p);
                p.start();
            } catch (IOException e) {
                // closed, or the database refused: the client sees its connection end
            }
        }
    }

    private final class Pipe {
        final Socket client;
        final Socket upstream;
        Pipe(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void start() {
            Thread up = new Thread(() -> pump(true), "proxy-c2s");
            Thread down = new Thread(() -> pump(false), "proxy-s2c");
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        private void pump(boolean toServer) {
            byte[] buf = new byte[16384];
            try (InputStream in = (toServer ? client : upstream).getInputStream();
                 OutputStream out = (toServer ? upstream : client).getOutputStream()) {
                int n;
                while ((n = in.read(buf)) != -1) {
                    // The server's CommandComplete "COMMIT": the transaction is done in the database.
                    // Swallow it and end the connection, as a network failure would.
                    if (!toServer && loseNextCommitReply
                            && new String(buf, 0, n, StandardCharsets.ISO_8859_1).contains("COMMIT\0")) {
                        loseNextCommitReply = false;
                        close();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                close();
            }
        }

        void close() {
            pipes.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                upstream.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
    }
}
