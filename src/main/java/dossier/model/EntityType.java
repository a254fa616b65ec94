package dossier.model;

/** Kinds of actor Dossier tracks. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, NATIONALITY, EQUIPMENT
}
