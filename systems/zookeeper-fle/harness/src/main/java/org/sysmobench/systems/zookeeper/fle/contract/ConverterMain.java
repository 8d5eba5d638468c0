package org.sysmobench.systems.zookeeper.fle.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line: {@code ConverterMain <rawDir> <outDir>} converts every {@code *.ndjson} raw trace of
 * {@code rawDir} into a contract trace of the same name in {@code outDir}. Exit code 0 on success, 1 if
 * a trace cannot be converted (the message names the file and line), 2 on a usage error.
 */
public final class ConverterMain {
  private ConverterMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ConverterMain <rawDir> <outDir>");
      System.exit(2);
      return;
    }
    Path raw = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.list(raw)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
    }
    try {
      for (Path f : files) {
        String name = f.getFileName().toString();
        // The header names the raw original relative to the contract trace, as the recorder does.
        String rawName = out.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()).toString();
        List<ContractEvent> events = ContractConverter.convert(f, out.resolve(name), rawName);
        System.out.println(name + "  " + events.size() + " contract events");
      }
    } catch (ConversionException | org.sysmobench.trace.TraceFormatException e) {
      System.err.println("conversion failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
