package dossier.model;

/** Whether a claim asserts its content or denies it. */
public enum Stance {
  ASSERTS, DENIES;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
