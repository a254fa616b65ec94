package dossier.resolve;

import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NameUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The names a report uses ({@link NameUse}), in the order it first mentions them. A bare surname
 * is told apart by what the resolver's rules read of it in its report: its written forms and
 * their counts, the full names it may stand for beside it, and whether the report gives it an
 * alias (then it is the report's own, since the alias is).
 */
final class ReportNames {
  private ReportNames() {}

  static List<NameUse> of(DocMentions doc) {
    Map<String, List<Integer>> ords = new LinkedHashMap<>();
    List<Mention> mentions = doc.mentions();
    for (int ord = 0; ord < mentions.size(); ord++) {
      Mention m = mentions.get(ord);
      ords.computeIfAbsent(NameKeys.node(m.type(), NameKeys.nodeKey(m)), k -> new ArrayList<>())
          .add(ord);
    }
    Map<String, List<NameUse.Given>> given = given(doc);
    List<NameUse> out = new ArrayList<>();
    ords.forEach((node, at) -> out.add(use(doc, node, at, given.getOrDefault(node, List.of()))));
    return out;
  }

  private static NameUse use(DocMentions doc, String node, List<Integer> ords,
      List<NameUse.Given> given) {
    Mention m = doc.mentions().get(ords.get(0));
    String key = NameKeys.nodeKey(m);
    Map<String, Integer> forms = new LinkedHashMap<>();
    ords.forEach(o -> forms.merge(Names.display(doc.mentions().get(o).text(), m.type()), 1,
        Integer::sum));
    Mention first = ords.stream().map(doc.mentions()::get)
        .min(Comparator.comparingInt(x -> x.span().start())).orElseThrow();
    List<String> beside = NameKeys.bareSurname(m.type(), key) ? beside(doc, key) : List.of();
    String name = NameKeys.bareSurname(m.type(), key)
        ? node + String.join(";", beside) + "|" + (given.isEmpty() ? "" : doc.doc()) + "|" + forms
        : node;
    return new NameUse(name, m.type(), key, beside, List.copyOf(ords),
        new Entity.At(doc.doc(), first.span()), forms,
        NameKeys.of(m.type(), key, given.stream().map(NameUse.Given::alias).toList()), given);
  }

  /** The report's full names of people that a bare surname may stand for. */
  private static List<String> beside(DocMentions doc, String surname) {
    TreeSet<String> out = new TreeSet<>();
    for (Mention m : doc.mentions()) {
      List<String> words = List.of(NameKeys.nodeKey(m).split(" "));
      if (m.type() == EntityType.PERSON && words.size() >= 2
          && NameKeys.surnames(words).contains(surname)) {
        out.add(NameKeys.nodeKey(m));
      }
    }
    return List.copyOf(out);
  }

  /** The aliases the report gives, by the name of the person given each. */
  private static Map<String, List<NameUse.Given>> given(DocMentions doc) {
    Map<String, List<NameUse.Given>> out = new LinkedHashMap<>();
    List<AliasFinder.Alias> aliases = new AliasFinder().find(doc);
    for (int seq = 0; seq < aliases.size(); seq++) {
      Mention person = aliases.get(seq).person();
      out.computeIfAbsent(NameKeys.node(person.type(), NameKeys.nodeKey(person)),
          k -> new ArrayList<>()).add(new NameUse.Given(doc.doc(), seq, aliases.get(seq).alias()));
    }
    return out;
  }
}
