package dossier.model;

import java.util.Objects;

/**
 * A number a report gives for something.
 *
 * @param span the evidence: the number with its modifiers ("about 400")
 * @param value the number (the low end of a range)
 * @param max the high end of a range, or null
 * @param approximate true for "about", "nearly", "some", "more than", ...
 * @param unit what it is counted in: "people", "USD", "miles", "aircraft", ...
 * @param about what is counted ("Russian contractors"), or null when unknown
 */
public record Quantity(Span span, double value, Double max, boolean approximate, String unit,
    String about) {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    if (max != null && max < value) {
      throw new IllegalArgumentException("range ends below its start");
    }
  }
}
