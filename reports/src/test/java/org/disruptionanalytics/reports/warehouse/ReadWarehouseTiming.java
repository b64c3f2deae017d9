package org.disruptionanalytics.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads tables of a real warehouse and prints their sizes, to time the reader as a whole process:
 * {@code java -cp <reports test classpath> org.disruptionanalytics.reports.warehouse.ReadWarehouseTiming <root> [table...]}
 * (default: every folder under marts/).
 */
public final class ReadWarehouseTiming {

  private ReadWarehouseTiming() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    List<String> tables = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : marts(Path.of(args[0]));
    WarehouseFiles files = WarehouseFiles.local(Path.of(args[0]));
    try (Warehouse warehouse = Warehouse.open(files)) {
      for (String name : tables) {
        try (Table table = warehouse.read(name)) {
          System.out.printf("%-28s %2d files %7d rows %2d columns%n", name, files.tableFiles(name).size(),
              table.rowCount(), table.columnNames().size());
        }
      }
    }
    System.out.printf("read in %d ms (after JVM start)%n", (System.nanoTime() - start) / 1_000_000);
  }

  private static List<String> marts(Path root) throws IOException {
    try (Stream<Path> folders = Files.list(root.resolve("marts"))) {
      return folders.map(p -> "marts/" + p.getFileName()).sorted().toList();
    }
  }
}
