package dossier.resolve;

import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.NameNode;
import dossier.model.NameUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports' names added up in memory, as a store adds them up, with each name's mentions: the
 * input of resolving reports all at once, and the way back from names to entities.
 */
final class NameTable {
  static final Comparator<Entity.At> TEXT_ORDER = Comparator.comparingLong(Entity.At::doc)
      .thenComparingInt(a -> a.span().start());

  private final Map<String, Sum> byName = new LinkedHashMap<>();
  private final List<Sum> byId = new ArrayList<>();

  /** One name's uses so far. */
  private static final class Sum {
    final long id;
    final NameUse use;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Map<String, NameUse.Given> given = new LinkedHashMap<>();
    final List<Entity.At> mentions = new ArrayList<>();
    int reports;

    Sum(long id, NameUse use) {
      this.id = id;
      this.use = use;
    }

    NameNode node() {
      return new NameNode(id, use.name(), use.type(), use.key(), use.beside(), forms,
          mentions.size(), reports, use.ords().get(0), use.first(), List.copyOf(given.values()));
    }
  }

  /** Adds a report's names; reports come in store order. */
  void add(DocMentions doc) {
    for (NameUse use : ReportNames.of(doc)) {
      Sum sum = byName.computeIfAbsent(use.name(), n -> {
        Sum s = new Sum(byId.size(), use);
        byId.add(s);
        return s;
      });
      use.forms().forEach((f, c) -> sum.forms.merge(f, c, Integer::sum));
      use.given().forEach(g -> sum.given.putIfAbsent(g.alias(), g));
      use.ords().forEach(o -> sum.mentions.add(new Entity.At(doc.doc(),
          doc.mentions().get(o).span())));
      sum.reports++;
    }
  }

  /** The names, in the order they were first mentioned. */
  List<NameNode> nodes() {
    return byId.stream().map(Sum::node).toList();
  }

  /** The name numbered {@code id}. */
  NameNode node(long id) {
    return byId.get((int) id).node();
  }

  /** The name of a {@link NameUse#name}. */
  NameNode node(String name) {
    return byName.get(name).node();
  }

  /** The entities of resolved names, with their mentions. */
  List<Entity> entities(List<EntityOfNames> named) {
    List<Entity> out = new ArrayList<>();
    for (EntityOfNames e : named) {
      if (e.perReport()) {
        Map<Long, List<Entity.At>> byReport = new LinkedHashMap<>();
        byId.get(e.names().get(0).intValue()).mentions
            .forEach(at -> byReport.computeIfAbsent(at.doc(), d -> new ArrayList<>()).add(at));
        byReport.values().forEach(at -> out.add(entity(e, at)));
      } else {
        List<Entity.At> at = new ArrayList<>();
        e.names().forEach(id -> at.addAll(byId.get(id.intValue()).mentions));
        out.add(entity(e, at));
      }
    }
    out.sort(Resolver.ORDER);
    return out;
  }

  private static Entity entity(EntityOfNames e, List<Entity.At> mentions) {
    List<Entity.At> sorted = new ArrayList<>(mentions);
    sorted.sort(TEXT_ORDER);
    return new Entity(e.name(), e.type(), e.aliases(), sorted, e.reasons());
  }
}
