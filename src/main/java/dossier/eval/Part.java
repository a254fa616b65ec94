package dossier.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A half of a gold set, so that rules are tuned on one half (dev) and judged on the other
 * (test). A page's half is fixed by the CRC-32 of its file name: even is dev, odd is test, the
 * same on every machine and run, whatever the set's order.
 */
public enum Part {
  DEV, TEST, ALL;

  /** Whether the page with this file name is in this part. */
  boolean holds(String fileName) {
    if (this == ALL) {
      return true;
    }
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    boolean dev = crc.getValue() % 2 == 0;
    return dev == (this == DEV);
  }

  /** The name on the command line: dev, test or all. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
