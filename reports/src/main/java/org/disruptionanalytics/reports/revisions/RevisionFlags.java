package org.disruptionanalytics.reports.revisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disruptionanalytics.reports.model.Block;
import org.disruptionanalytics.reports.model.Cell;
import org.disruptionanalytics.reports.model.DataTable;
import org.disruptionanalytics.reports.model.Figure;
import org.disruptionanalytics.reports.model.Section;

/**
 * Flags revised figures r everywhere the report shows them: in summary.json's flags (after p, in
 * the order p, r, c, u, x, z) and as [r] in the Flags column of each table row that shows one.
 */
public final class RevisionFlags {

  private static final String R = "r";
  private static final String FLAGS_COLUMN = "flags";

  private RevisionFlags() {}

  public static List<Figure> figures(List<Figure> figures, Set<Revision.FigureId> revised) {
    return figures.stream().map(f -> revised(f, revised) && !f.flags().contains(R)
        ? new Figure(f.section(), f.table(), f.measure(), f.key(), f.value(), withR(f.flags())) : f).toList();
  }

  public static List<Section> sections(List<Section> sections, List<Figure> figures, Set<Revision.FigureId> revised) {
    if (revised.isEmpty()) {
      return sections;
    }
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      List<Block> blocks = s.blocks().stream()
          .map(b -> b instanceof Block.Table t ? new Block.Table(table(t.table(), figures, revised)) : b).toList();
      out.add(new Section(s.id(), s.title(), blocks));
    }
    return out;
  }

  private static boolean revised(Figure f, Set<Revision.FigureId> revised) {
    return Revisions.compared(f) && revised.contains(new Revision.FigureId(f.key(), f.measure()));
  }

  private static List<String> withR(List<String> flags) {
    List<String> out = new ArrayList<>(flags);
    out.add(flags.contains("p") ? 1 : 0, R);
    return out;
  }

  private static DataTable table(DataTable t, List<Figure> figures, Set<Revision.FigureId> revised) {
    int flagsAt = -1;
    for (int i = 0; i < t.columns().size(); i++) {
      if (FLAGS_COLUMN.equals(t.columns().get(i).csvName())) {
        flagsAt = i;
      }
    }
    if (flagsAt < 0) {
      return t;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> row : t.rows()) {
      boolean shows = row.stream().anyMatch(c -> c.isFigure() && revised(figures.get(c.figure()), revised));
      String text = String.valueOf(row.get(flagsAt).csv() == null ? "" : row.get(flagsAt).csv());
      if (shows && !text.contains("[r]")) {
        List<Cell> changed = new ArrayList<>(row);
        changed.set(flagsAt, Cell.of(text + "[r]", text + "[r]"));
        rows.add(changed);
      } else {
        rows.add(row);
      }
    }
    return new DataTable(t.name(), t.caption(), t.columns(), rows);
  }
}
