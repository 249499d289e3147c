package com.bizsync.platform;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The client's address for per-address limits: the connection's peer, or, when that peer is a
 * reverse proxy the operator trusts ({@code --trusted-proxy}), the address the proxy appended
 * last to {@code X-Forwarded-For}. From anyone else the header is ignored: a client could write
 * any address there.
 */
public final class ClientAddress {
    /** Only IP literals: InetAddress would resolve a host name through DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private ClientAddress() {
    }

    static String of(Context ctx, Set<InetAddress> trustedProxies) {
        String peer = ctx.req().getRemoteAddr();
        if (trustedProxies.isEmpty() || parse(peer).filter(trustedProxies::contains).isEmpty()) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return parse(last).map(InetAddress::getHostAddress).orElse(peer);
    }

    /** An IP literal as an address; empty for anything else (never a DNS look-up). */
    public static Optional<InetAddress> parse(String literal) {
        if (literal == null || !IP_LITERAL.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
