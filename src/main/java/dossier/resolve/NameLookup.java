package dossier.resolve;

import dossier.model.NameNode;
import dossier.model.NameUse;
import java.util.function.Consumer;

/**
 * The stored names by the lookup keys of their {@link NameUse}s, for resolving new reports
 * against the names they can join without reading the whole store.
 */
public interface NameLookup {

  /** Passes every stored name having a key that starts with {@code prefix} to {@code sink}. */
  void withKeyPrefix(String prefix, Consumer<NameNode> sink);
}
