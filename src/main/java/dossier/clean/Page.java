package dossier.clean;

import dossier.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A document as blocks in reading order, each kept or removed with a reason. Cleaning steps
 * only ever remove blocks, and the first reason given for a block stands.
 */
final class Page {
  private final List<Block> blocks;
  private final String[] reasons;
  private final Furniture[] furniture;

  Page(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    this.reasons = new String[blocks.size()];
    this.furniture = new Furniture[blocks.size()];
  }

  int size() {
    return blocks.size();
  }

  Block block(int i) {
    return blocks.get(i);
  }

  String text(int i) {
    return blocks.get(i).text();
  }

  boolean kept(int i) {
    return reasons[i] == null;
  }

  String reason(int i) {
    return reasons[i];
  }

  /** Removes a kept block; a block already removed keeps its first reason. */
  void remove(int i, String reason) {
    if (reasons[i] == null) {
      reasons[i] = reason;
    }
  }

  /** Removes a block as page furniture of the given kind. */
  void remove(int i, Furniture kind) {
    if (reasons[i] == null) {
      furniture[i] = kind;
      reasons[i] = kind.reason();
    }
  }

  /** The kind of furniture the block was removed as, or null. */
  Furniture furniture(int i) {
    return furniture[i];
  }

  /** The kept blocks' indices in order; a copy, so that callers may remove blocks as they go. */
  List<Integer> keptIndices() {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (kept(i)) {
        kept.add(i);
      }
    }
    return kept;
  }

  String keptText() {
    StringJoiner text = new StringJoiner("\n\n");
    for (int i = 0; i < size(); i++) {
      if (kept(i)) {
        text.add(text(i));
      }
    }
    return text.toString();
  }

  List<Removed> removed() {
    List<Removed> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (!kept(i)) {
        out.add(new Removed(reasons[i], text(i)));
      }
    }
    return out;
  }
}
