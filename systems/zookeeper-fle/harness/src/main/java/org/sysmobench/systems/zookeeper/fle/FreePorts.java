package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free TCP ports on 127.0.0.1, and the check that ports are free again after a run. Ports are found by
 * binding to port 0; all sockets of one request stay open until every port is chosen, so one request
 * never returns the same port twice.
 */
final class FreePorts {
  private FreePorts() {}

  static List<Integer> allocate(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket s = new ServerSocket();
        sockets.add(s);
        s.setReuseAddress(false);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find free ports on 127.0.0.1", e);
    } finally {
      for (ServerSocket s : sockets) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing a listening socket that never accepted cannot fail in a way that matters here
        }
      }
    }
  }

  /** True if a server socket can be bound to {@code port} on 127.0.0.1 right now. */
  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
