package dossier.resolve;

import dossier.model.Mention;

/**
 * The stored mentions by the lookup keys of {@link Resolver#nameKeys}, for resolving new reports
 * against the names they can join without reading the whole store.
 */
public interface NameLookup {

  /** Receives one stored mention and the key it was found under. */
  interface Sink {
    void accept(String key, long doc, int ord, Mention mention);
  }

  /** Passes every stored mention having a key that starts with {@code prefix} to {@code sink}. */
  void withKeyPrefix(String prefix, Sink sink);
}
