package com.bizsync.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain TCP relay in front of the platform, on a port of its own that stays the same: the phone's
 * network. It counts every byte the platform sends to the browser (headers and compressed bodies,
 * whoever asked: page, service worker or the browser fetching the manifest and icons), and can be
 * cut and restored to take the phone offline and back while the platform keeps running.
 */
final class CountingProxy implements AutoCloseable {
    private final int target;
    private final AtomicLong toBrowser = new AtomicLong();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private final int port;

    CountingProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        accept(listener);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    long bytesToBrowser() {
        return toBrowser.get();
    }

    /** The network is gone: no new connection, and the open ones drop. */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    /** The network is back, at the same address. */
    synchronized void restore() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = s;
        accept(s);
    }

    private void accept(ServerSocket server) {
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket browser = server.accept();
                    Socket platform = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(browser);
                    open.add(platform);
                    pipe(browser, platform, null);
                    pipe(platform, browser, toBrowser);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private void pipe(Socket from, Socket to, AtomicLong counter) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    if (counter != null) {
                        counter.addAndGet(n);
                    }
                }
            } catch (IOException dropped) {
                // One side closed: close the other too.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
