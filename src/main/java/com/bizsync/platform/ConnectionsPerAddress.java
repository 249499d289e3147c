package com.bizsync.platform;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection at once when its address already holds the limit, so one client (or
 * one machine's worth of slow sockets) cannot take every server thread. Jetty 11 has a global
 * {@code ConnectionLimit} but no per-address one; added as a bean of each connector, it hears
 * every connection opened and closed there.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int limit;
    private final Set<InetAddress> unlimited;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each counted connection's address: once closed, a connection no longer knows its peer. */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

    /** @param unlimited trusted reverse proxies: every client comes through them */
    ConnectionsPerAddress(int limit, Set<InetAddress> unlimited) {
        this.limit = limit;
        this.unlimited = unlimited;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null || unlimited.contains(address)) {
            return;
        }
        counted.put(connection, address);
        int count = open.merge(address, 1, Integer::sum);
        if (count > limit) {
            if (count == limit + 1) {
                LOG.warn("{} holds {} connections already: closing its new ones until some end", address.getHostAddress(),
                        limit);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            // Forget the address at zero so the map holds only addresses with open connections.
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
