package org.sysmobench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** A real local HTTP server answering every chat completion with one streamed answer (OpenAI wire format). */
final class LocalOpenAiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final AtomicReference<String> authorization = new AtomicReference<>();

  LocalOpenAiServer(String answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      authorization.set(ex.getRequestHeaders().getFirst("Authorization"));
      ex.getResponseHeaders().add("Content-Type", "text/event-stream");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(stream(answer).getBytes(StandardCharsets.UTF_8));
      }
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String authorization() {
    return authorization.get();
  }

  private static String stream(String answer) {
    ObjectNode text = JSON.createObjectNode().put("object", "chat.completion.chunk");
    text.putArray("choices").addObject().put("index", 0).putNull("finish_reason").putObject("delta")
        .put("role", "assistant").put("content", answer);
    ObjectNode stop = JSON.createObjectNode().put("object", "chat.completion.chunk");
    stop.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
    ObjectNode usage = JSON.createObjectNode().put("object", "chat.completion.chunk");
    usage.putArray("choices");
    usage.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 60).put("total_tokens", 960);
    return "data: " + text + "\n\ndata: " + stop + "\n\ndata: " + usage + "\n\ndata: [DONE]\n\n";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
