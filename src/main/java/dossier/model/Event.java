package dossier.model;

import java.util.Objects;

/**
 * Who did what to whom, where and when, in one report.
 *
 * @param span the evidence, usually the sentence
 * @param type PLOVER event type: AID, CONSULT, REQUEST, MOBILIZE, ASSAULT, ACCUSE, REJECT, ...
 * @param mode a finer kind within the type ("training", "military"), or null
 * @param actor who did it, or null
 * @param target to whom, or null
 * @param location where, or null
 * @param time when, as an ISO 8601 prefix ("2019-05", "2019-05-06"), or null
 * @param trigger the word that names the act
 * @param triggerSpan where the trigger is
 * @param claim index into the document's claims of the claim carrying this event, or -1
 */
public record Event(Span span, String type, String mode, Ref actor, Ref target, Ref location,
    String time, String trigger, Span triggerSpan, int claim) {

  public Event {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerSpan, "triggerSpan");
  }
}
