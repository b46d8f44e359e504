package io.djongo.it.support;

import com.mongodb.ConnectionString;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of the test server that can break the network on purpose, for tests of
 * what a caller learns when a request is lost: {@link #cutAll()} closes every connection, and
 * {@link #dropReplyTo(String)} forwards the next request naming a command and, when the server's
 * reply arrives, closes the connection instead of passing it on: the server did the work, and the
 * driver never hears.
 * Wire messages are forwarded whole (their length prefix says where they end).
 */
public final class FlakyProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile String dropReplyTo;

    private FlakyProxy(String target) throws IOException {
        String host = new ConnectionString(target).getHosts().get(0);
        int colon = host.lastIndexOf(':');
        this.targetHost = colon < 0 ? host : host.substring(0, colon);
        this.targetPort = colon < 0 ? 27017 : Integer.parseInt(host.substring(colon + 1));
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread accept = new Thread(this::accept, "flaky-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** A proxy to the test server. */
    public static FlakyProxy start() {
        try {
            return new FlakyProxy(TestServer.get().uri("admin"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy", e);
        }
    }

    /** The connection string of database {@code database} through this proxy. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + listener.getLocalPort() + "/" + database
                + "?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000&socketTimeoutMS=10000&directConnection=true";
    }

    /** Closes every open connection, as a network failure would. */
    public void cutAll() {
        for (Socket socket : sockets) {
            close(socket);
        }
    }

    /** Forwards the next request that names {@code command}, then breaks its connection before the reply. */
    public void dropReplyTo(String command) {
        dropReplyTo = command;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                AtomicBoolean replyToDrop = new AtomicBoolean();
                pump(client, server, replyToDrop, true);
                pump(server, client, replyToDrop, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Forwards whole messages from {@code from} to {@code to}. A request naming the command to drop
     * marks its connection; the reply then arriving on it (proof that the server did the work) is
     * not forwarded, and both sockets close.
     */
    private void pump(Socket from, Socket to, AtomicBoolean replyToDrop, boolean requests) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                DataInputStream data = new DataInputStream(in);
                byte[] header = new byte[4];
                while (true) {
                    data.readFully(header);
                    int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16 | (header[3] & 0xff) << 24;
                    byte[] message = new byte[length];
                    System.arraycopy(header, 0, message, 0, 4);
                    data.readFully(message, 4, length - 4);
                    if (!requests && replyToDrop.get()) {
                        close(from);
                        close(to);
                        return;
                    }
                    String drop = dropReplyTo;
                    if (requests && drop != null && contains(message, drop)) {
                        dropReplyTo = null;
                        replyToDrop.set(true);
                    }
                    out.write(message);
                    out.flush();
                }
            } catch (IOException e) {
                close(from);
                close(to);
            }
        }, "flaky-proxy-" + (requests ? "requests" : "replies"));
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the message holds {@code command} as a BSON field name (a NUL-terminated string). */
    private static boolean contains(byte[] message, String command) {
        byte[] name = (command + "\0").getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + name.length <= message.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (message[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        cutAll();
    }
}
