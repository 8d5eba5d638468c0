package org.sysmobench.runs;

import java.util.Map;
import java.util.Objects;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.tasks.Task;

/**
 * Where a run's models come from: the model catalog (real providers, keys from {@code env}) and the
 * pseudo-models {@code reference} and {@code mutant:<name>}, which answer with the task's own specs.
 *
 * @param env where keys are read from (usually {@code System.getenv()}); never stored
 */
public record ModelDirectory(ModelCatalog catalog, Map<String, String> env, ClientSettings settings) {
  public ModelDirectory {
    Objects.requireNonNull(catalog, "catalog");
    env = Map.copyOf(env);
    Objects.requireNonNull(settings, "settings");
  }

  /** Rejects an unknown model before anything runs. */
  public void validate(ModelId model) {
    if (!FixtureModel.isFixture(model.value())) {
      catalog.model(model.value());
    }
  }

  /** Whether the model calls a provider (and so can cost money). */
  public boolean isPseudoModel(ModelId model) {
    return FixtureModel.isFixture(model.value());
  }

  LlmClient client(ModelId model, Task task, LlmClients clients) {
    return FixtureModel.forTask(model.value(), task).<LlmClient>map(f -> f)
        .orElseGet(() -> clients.forModel(catalog.model(model.value())));
  }
}
