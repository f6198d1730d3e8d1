package org.trucewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trucewatch.pipeline.Pipeline;

/**
 * No two packages of the core depend on each other, directly or through others: a change to one would then be a change
 * to all, and none could be understood, tested or moved alone. Dependencies are read from the compiled classes (every
 * class, field and method type a class file names, generic signatures included; javadoc is not in them), so an import
 * used only in a comment does not count and a fully qualified name in code does.
 */
class PackageCyclesTest {

  /**
   * Cycles that predate this test, each the full set of packages of one strongly connected group; to be broken, not
   * added to. A cycle that grows, or any other, fails.
   */
  private static final Set<Set<String>> KNOWN = Set.of(
      // ArticleCleaner reads ingest's documents; ingest's ContainerDates checks a date with clean's DateStrings.
      Set.of("org.trucewatch.clean", "org.trucewatch.ingest"),
      // conflict.Scope measures with resolve.geo's Place.km; the Gazetteer loads the shipped profiles' areas.
      Set.of("org.trucewatch.conflict", "org.trucewatch.resolve.geo"));

  /** A class name inside a constant-pool string: a package path, then a capitalised simple name. */
  private static final Pattern CLASS = Pattern.compile("org/trucewatch/((?:[a-z0-9_]+/)*)[A-Z][\\w$]*(?=[;<$]|$)");

  @Test
  void noCycleBetweenPackages() throws IOException, URISyntaxException {
    Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Map<String, String>> uses = dependencies(classes);
    assertThat(uses).as("packages read from " + classes).containsKeys("org.trucewatch.pipeline",
        "org.trucewatch.store", "org.trucewatch.incident");
    List<String> cycles = new ArrayList<>();
    for (Set<String> group : stronglyConnected(uses)) {
      if (!KNOWN.contains(group)) {
        cycles.add(new java.util.TreeSet<>(group) + ": " + describe(group, uses));
      }
    }
    assertThat(cycles).as("package cycles (each edge with one class that makes it)").isEmpty();
  }

  @Test
  void aCycleIsFoundAndNamed() {
    Map<String, Map<String, String>> uses = new TreeMap<>();
    uses.computeIfAbsent("a", k -> new TreeMap<>()).put("b", "a.X -> b.Y");
    uses.computeIfAbsent("b", k -> new TreeMap<>()).put("c", "b.Y -> c.Z");
    uses.computeIfAbsent("c", k -> new TreeMap<>()).put("a", "c.Z -> a.X");
    uses.computeIfAbsent("c", k -> new TreeMap<>()).put("d", "c.Z -> d.W");
    List<Set<String>> groups = stronglyConnected(uses);
    assertThat(groups).containsExactly(Set.of("a", "b", "c"));
    assertThat(describe(groups.get(0), uses))
        .isEqualTo("a -> b -> c -> a (a.X -> b.Y; b.Y -> c.Z; c.Z -> a.X)");
  }

  /** For each package, the packages its classes name, each with one example "Class -> Class". */
  private static Map<String, Map<String, String>> dependencies(Path classes) throws IOException {
    Map<String, Map<String, String>> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
      if (!name.startsWith("org/trucewatch/")) {
        continue;
      }
      String from = packageOf(name);
      Map<String, String> targets = uses.computeIfAbsent(from, k -> new TreeMap<>());
      for (String s : constantStrings(file)) {
        Matcher m = CLASS.matcher(s);
        while (m.find()) {
          String to = packageOf(m.group());
          if (!to.equals(from)) {
            targets.putIfAbsent(to, simple(name) + " -> " + simple(m.group()));
          }
        }
      }
    }
    return uses;
  }

  private static String packageOf(String internalName) {
    return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
  }

  private static String simple(String internalName) {
    return internalName.substring("org/trucewatch/".length()).replace('/', '.');
  }

  /** The UTF-8 strings of a class file's constant pool: class names, descriptors and signatures among them. */
  private static List<String> constantStrings(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // longs and doubles take two entries
          }
          default -> throw new IOException(file + ": unknown constant-pool tag " + tag);
        }
      }
    }
    return out;
  }

  /** The groups of two or more packages that reach each other (Tarjan), each sorted, in order of discovery. */
  static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> uses) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> groups = new ArrayList<>();
    for (String v : uses.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, uses, index, low, stack, onStack, groups);
      }
    }
    return groups;
  }

  private static void connect(String v, Map<String, Map<String, String>> uses, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> groups) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : uses.getOrDefault(v, Map.of()).keySet()) {
      if (!index.containsKey(w)) {
        connect(w, uses, index, low, stack, onStack, groups);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> group = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        group.add(w);
      } while (!w.equals(v));
      if (group.size() > 1) {
        groups.add(group);
      }
    }
  }

  /** One cycle through a group, from its first package back to it, with the class behind each edge. */
  static String describe(Set<String> group, Map<String, Map<String, String>> uses) {
    String start = group.iterator().next();
    // breadth-first within the group from start's successors back to start
    Map<String, String> previous = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String w : uses.getOrDefault(start, Map.of()).keySet()) {
      if (group.contains(w) && !previous.containsKey(w)) {
        previous.put(w, start);
        queue.add(w);
      }
    }
    while (!queue.isEmpty() && !previous.containsKey(start)) {
      String v = queue.poll();
      for (String w : uses.getOrDefault(v, Map.of()).keySet()) {
        if (group.contains(w) && !previous.containsKey(w)) {
          previous.put(w, v);
          queue.add(w);
        }
      }
    }
    List<String> path = new ArrayList<>();
    String v = start;
    do {
      path.add(0, v);
      v = previous.get(v);
    } while (!v.equals(start));
    path.add(0, start);
    List<String> why = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      why.add(uses.get(path.get(i)).get(path.get(i + 1)));
    }
    return String.join(" -> ", path) + " (" + String.join("; ", why) + ")";
  }
}
