package dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, to tell whether two passages are about the same thing. Words
 * are cut to their first letters, a crude stem that makes "Venezuela" meet "Venezuelan" and
 * "contractors" meet "contract".
 */
final class Topic {
  private static final int STEM = 6;
  private static final int MIN_LENGTH = 3;
  /** Function words and words every news story uses, which say nothing of its subject. */
  private static final Set<String> STOP = Set.copyOf(List.of(("a about above after again ago all "
      + "almost also although always am among an and another any are around as at away back be "
      + "because been before being below between both but by can cannot could did do does doing "
      + "done down during each early either else even ever every few first for former from "
      + "further get gets got had has have having he her here hers herself him himself his how "
      + "however if in including into is it its itself just last late later least less like "
      + "made make many may me might more most much must my near never new next no nor not now "
      + "of off often on once one only or other others our out over own part past per perhaps "
      + "put rather really said same say saying says see seen several she should since so some "
      + "still such than that the their theirs them themselves then there these they this "
      + "those though three through thus time times to today told too two under until up upon "
      + "us very via was way we week weeks well were what when where whether which while who "
      + "whom whose why will with within without would year years yet you your according "
      + "added asked called came come comes day days go going know known lot may many month "
      + "months monday tuesday wednesday thursday friday saturday sunday people put take taken "
      + "tell think told want wanted went year against").split(" ")));

  private final Set<String> stems = new HashSet<>();

  static Topic of(String text) {
    Topic t = new Topic();
    t.add(text);
    return t;
  }

  void add(String text) {
    for (String w : Words.of(text)) {
      String stem = stem(w);
      if (stem != null) {
        stems.add(stem);
      }
    }
  }

  /** The share of this text's distinct content words that the other text also uses. */
  double coveredBy(Topic other) {
    if (stems.isEmpty()) {
      return 0;
    }
    long shared = stems.stream().filter(other.stems::contains).count();
    return shared / (double) stems.size();
  }

  private static String possessiveless(String w) {
    int n = w.length();
    return n > 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')
        ? w.substring(0, n - 2) : w;
  }

  private static String stem(String word) {
    String w = possessiveless(word.toLowerCase(Locale.ROOT));
    if (w.length() < MIN_LENGTH || STOP.contains(w) || !Character.isLetter(w.charAt(0))) {
      return null;
    }
    return w.length() > STEM ? w.substring(0, STEM) : w;
  }
}
