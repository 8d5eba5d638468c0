package org.sysmobench.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.config.Price;
import org.sysmobench.llm.config.ProviderConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code sysmobench models}: the model catalog as this machine would use it: each model's provider, its
 * price with the date it was read and where, whether the key's variable is set (never its value), and
 * where requests go (the catalog's base URL, or the one a base-URL variable sets).
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = {
      "List the models, their prices, and whether each key is set (never the key).",
      "For each model a run or generate can use: its provider, its price per million tokens with the date it was"
          + " read, whether the key's environment variable is set (the key itself is never shown), and where requests"
          + " go.",
      "Pseudo-models need no key and cost nothing: 'reference' and 'mutant:<name>', a task's own specs."
    },
    footer = {
      "",
      "Add a model or point a provider elsewhere: copy the shipped catalog (--print-catalog), edit it, and pass it"
          + " with --models-file to run, generate and models. A provider's base URL can also be set with its"
          + " variable (OPENAI_BASE_URL, ANTHROPIC_BASE_URL, GOOGLE_GEMINI_BASE_URL), as the providers' SDKs do.",
      "",
      "Examples:",
      "  sysmobench models",
      "  sysmobench models --print-catalog > my-models.yaml",
      "  OPENAI_BASE_URL=http://127.0.0.1:4000/v1 sysmobench models --models-file my-models.yaml"
    })
final class ModelsCommand implements Callable<Integer> {

  @Option(names = "--models-file", paramLabel = "YAML", description = "Model catalog (default: the shipped one).")
  Path modelsFile;

  @Option(names = "--print-catalog", description = "Print the shipped catalog's YAML (a start for your own file).")
  boolean printCatalog;

  /** Where keys and base-URL variables are read from; only whether a key is set is ever printed. */
  Map<String, String> env = System.getenv();

  @Spec CommandSpec command;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = command.commandLine().getOut();
    if (printCatalog) {
      try (var in = ModelCatalog.class.getResourceAsStream(ModelCatalog.DEFAULT_RESOURCE)) {
        out.print(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
      }
      return ExitCodes.OK;
    }
    ModelCatalog catalog;
    try {
      catalog = modelsFile == null ? ModelCatalog.loadDefault() : ModelCatalog.load(modelsFile);
    } catch (RuntimeException e) {
      command.commandLine().getErr().println("models: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.println("catalog: " + catalog.origin());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"MODEL", "PROVIDER", "KEY", "PRICE $/1M in / cached in / out", "PRICE AS OF"});
    Map<String, String> sources = new LinkedHashMap<>();
    for (String name : catalog.modelNames()) {
      ModelConfig m = catalog.model(name);
      String price = m.price().map(p -> usd(p.input()) + " / " + usd(p.cachedInput()) + " / " + usd(p.output()))
          .orElse("none (cost unknown)");
      String asOf = m.price().map(p -> p.effective().toString()).orElse("-");
      m.price().map(Price::source).ifPresent(src -> sources.merge(src, name, (a, b) -> a + ", " + b));
      rows.add(new String[] {name, m.provider().name(), key(m.provider()), price, asOf});
    }
    table(out, rows);
    out.println();
    out.println("providers (where requests go):");
    for (ProviderConfig p : catalog.providers().values()) {
      String where;
      try {
        where = p.effectiveBaseUrl(env) + (p.effectiveBaseUrl(env).equals(p.baseUrl()) ? ""
            : " (from " + p.baseUrlEnv() + "; the catalog says " + p.baseUrl() + ")");
      } catch (IllegalArgumentException e) {
        where = p.baseUrl() + " (" + e.getMessage() + ")";
      }
      String override = p.baseUrlEnv().isEmpty() || env.containsKey(p.baseUrlEnv()) ? ""
          : " (set " + p.baseUrlEnv() + " to send it elsewhere)";
      out.println("  " + p.name() + " (" + p.protocol().id() + "): " + where + override);
    }
    if (!sources.isEmpty()) {
      out.println();
      out.println("price sources (providers change prices without notice; re-check before a paid run):");
      sources.forEach((src, models) -> out.println("  " + models + ": " + src));
    }
    return ExitCodes.OK;
  }

  private String key(ProviderConfig p) {
    return p.keyVariable().map(v -> v + (env.getOrDefault(v, "").isBlank() ? " not set" : " set")).orElse("none needed");
  }

  private static String usd(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= 2 ? v.setScale(2).toPlainString() : v.stripTrailingZeros().toPlainString();
  }

  private static void table(PrintWriter out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        sb.append(i == r.length - 1 ? r[i] : String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", r[i]));
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
