package org.sysmobench.runs;

import java.util.Map;
import java.util.Objects;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.PseudoModel;

/**
 * Where a run's models come from: the model catalog (real providers, keys from {@code env}); the
 * {@link PseudoModel}s {@code reference} and {@code mutant:<name>} are the task's own specs and call no one.
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
    if (!PseudoModel.isPseudoModel(model)) {
      // also checks the provider's base-URL variable, so a typo in OPENAI_BASE_URL stops the run before it starts
      catalog.model(model.value()).provider().effectiveBaseUrl(env);
    }
  }

  /** Whether the model calls a provider (and so can cost money). */
  public boolean isPseudoModel(ModelId model) {
    return PseudoModel.isPseudoModel(model);
  }

  /** The client of a catalog model (pseudo-models have none). */
  LlmClient client(ModelId model, LlmClients clients) {
    return clients.forModel(catalog.model(model.value()));
  }
}
