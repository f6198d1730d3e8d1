package org.trucewatch.resolve.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.internal.Texts;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;
import org.trucewatch.nlp.Tokenizer;
import org.trucewatch.resolve.actor.Lexeme.AgentForm;
import org.trucewatch.resolve.actor.Lexeme.EntityForm;
import org.trucewatch.resolve.actor.Lexeme.Form;
import org.trucewatch.resolve.actor.Lexeme.Keys;
import org.trucewatch.resolve.actor.Lexeme.OwnerForm;

/**
 * The loaded actor tables and a word trie over every phrase in them. Built once by {@link #load()}, never changed
 * afterwards, so it is safe to share between threads. Phrases are matched token by token on folded keys (lower case,
 * accents stripped), hyphenated tokens part by part, and each phrase keeps the case it was written in: a capital in a
 * phrase must be a capital in the text, a short all-capital word (US, MoD) must match exactly.
 */
final class Lexicon {

  /** One phrase stored at a trie node: what it is, and its units as written, for the case check. */
  record Entry(Lexeme lexeme, String[] shape, String conflict, byte[] caseRules) {
    Entry(Lexeme lexeme, String[] shape, String conflict) {
      this(lexeme, shape, conflict, rulesOf(shape));
    }
  }

  // What caseFits asks of a text unit, read from the written unit once at load (a phrase is tried at many tokens).
  private static final byte ANY_CASE = 0;
  private static final byte CAPITAL = 1;
  private static final byte EXACT = 2;
  private static final byte ASK = 3;

  private static byte[] rulesOf(String[] shape) {
    byte[] out = new byte[shape.length];
    for (int k = 0; k < shape.length; k++) {
      String w = shape[k];
      if (w.isEmpty()) {
        out[k] = ASK;
      } else if (exactCase(w)) {
        out[k] = EXACT;
      } else {
        out[k] = Character.isUpperCase(w.charAt(0)) ? CAPITAL : ANY_CASE;
      }
    }
    return out;
  }

  /** A phrase found in a sentence: tokens {@code [start, end)}. */
  record Match(int start, int end, Lexeme lexeme) {}

  static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    int first = -1; // a child of the root: its place in firsts
    List<Entry> entries;
    boolean sharedByConflicts; // two conflicts use the phrase differently ("separatists"): it needs one to read it
  }

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  final Map<String, AgentKey> keys = new LinkedHashMap<>();
  final Map<String, Owner> owners = new HashMap<>();
  final Map<String, Actor> actors = new HashMap<>();
  final Map<String, Keys> actorKeys = new HashMap<>();
  final Map<String, String> belligerents = new LinkedHashMap<>();
  /** Per conflict, the camp of each of its sides ("the two sides" are two camps of the article's conflict). */
  final Map<String, Map<String, String>> camps = new HashMap<>();
  private String loading; // the conflict whose profile is being read; null for the general tables
  final Node root = new Node();
  // The root's children in the order made, and the child of a word by its vocabulary id (1 for none, k + 2 for
  // firsts' k), filled as sentences are matched; a new child made by a later phrase starts a new table.
  private final List<Node> firsts = new ArrayList<>();
  private volatile org.trucewatch.nlp.Vocabulary.IdTable firstById = new org.trucewatch.nlp.Vocabulary.IdTable();
  private final Set<String> claimed = new HashSet<>();
  private final Map<String, List<EntityForm>> surnames = new HashMap<>();
  private final Map<String, String[]> surnameShapes = new HashMap<>();
  int phrases;

  Lexicon() {}

  /** Reads every table of this package from the classpath, and each profile's sides and actors. */
  static Lexicon load(List<ConflictProfile> profiles) {
    Lexicon x = new Lexicon();
    x.loadKeys(Tsv.read("agent-keys.tsv", 7));
    x.loadCountries(Tsv.read("countries.tsv", 7));
    x.loadCurated(Tsv.read("curated.tsv", 11));
    for (ConflictProfile p : profiles) {
      x.loadProfile(p);
    }
    x.loadOrganisations(Tsv.read("organisations.tsv", 6));
    x.loadAgents(Tsv.read("agents.tsv", 3));
    return x;
  }

  // ------------------------------------------------------------------------------------------------ loading

  /**
   * A profile's sides and curated actors, each phrase tagged with the conflict: a group side becomes an owner of its
   * own (as a state is), a state side's extra names ("IDF") name its armed forces unless the country's own words
   * already compose them ("Ukrainian army").
   */
  void loadProfile(ConflictProfile p) {
    loading = p.id();
    List<Tsv.Row> rows = p.actorsTsv().isBlank() ? List.of() : Tsv.read(p.origin() + "/actors.tsv",
        new java.io.ByteArrayInputStream(p.actorsTsv().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 11);
    Set<String> regionRows = new HashSet<>();
    rows.stream().filter(r -> r.cell(1).equals("REGION")).forEach(r -> regionRows.add(r.cell(0)));
    Map<String, String> campOf = new LinkedHashMap<>();
    for (ConflictProfile.Side side : p.sides()) {
      campOf.put(side.id(), p.id() + ":" + side.camp());
      belligerents.putIfAbsent(side.id(), side.name());
      if (side.state()) {
        if (!owners.containsKey(side.id()) || owners.get(side.id()).kind() != Owner.Kind.COUNTRY) {
          throw new IllegalStateException(p.origin() + "/profile.json: state side " + side.id()
              + " is not a country of countries.tsv");
        }
      } else if (!regionRows.contains(side.id()) && !owners.containsKey(side.id())) {
        // A group side the actor table does not describe: an owner of its own, as a state is.
        Actor actor = new Actor(side.id(), side.name(), null, side.id(), Role.STATE, null);
        owners.put(side.id(), new Owner(side.id(), side.name(), null, side.id(), null, Owner.Kind.REGION, actor));
        actors.put(side.id(), actor);
        actorKeys.put(side.id(), new Keys(side.id(), null, null, '-'));
      }
    }
    loadCurated(rows);
    for (ConflictProfile.Side side : p.sides()) {
      Owner own = owners.get(side.id());
      if (own == null || own.kind() == Owner.Kind.ORG) {
        throw new IllegalStateException(p.origin() + "/profile.json: side " + side.id()
            + " is neither a country nor a REGION row of the profile's actors.tsv");
      }
      if (!side.state()) {
        add(side.name(), new OwnerForm(own, Form.NAME));
        side.names().forEach(n -> add(n, new OwnerForm(own, Form.NAME)));
        continue;
      }
      String id = side.id() + "/MIL";
      Actor forces = actors.getOrDefault(id, new Actor(id, own.name() + " armed forces", side.id(), side.id(),
          Role.MILITARY, null));
      Keys keys = actorKeys.getOrDefault(id, new Keys(side.id(), "MIL", null, '-'));
      for (String n : side.names()) {
        if (!composes(n, side.id())) { // "IDF", "Pakistan Army": names the parser cannot compose
          actors.putIfAbsent(id, forces);
          actorKeys.putIfAbsent(id, keys);
          add(n, new EntityForm(forces, keys, false));
        }
      }
    }
    camps.put(p.id(), Map.copyOf(campOf));
    loading = null;
  }

  /** Whether a phrase starts with a name of the country itself ("Ukrainian army"): the parser composes those. */
  private boolean composes(String phrase, String iso2) {
    String[] units = shape(phrase);
    Node n = units.length == 0 ? null : root.next.get(fold(units[0]));
    if (n == null || n.entries == null) {
      return false;
    }
    return n.entries.stream().anyMatch(e -> e.lexeme() instanceof OwnerForm o && o.owner().code().equals(iso2));
  }

  /** The camp of each belligerent of a conflict, or of every conflict's when it is null. */
  Map<String, String> camps(String conflict) {
    if (conflict != null) {
      return camps.getOrDefault(conflict, Map.of());
    }
    Map<String, String> all = new HashMap<>();
    camps.values().forEach(m -> m.forEach(all::putIfAbsent));
    return all;
  }

  void loadKeys(List<Tsv.Row> rows) {
    for (Tsv.Row r : rows) {
      boolean person = switch (r.cell(0)) {
        case "BODY" -> false;
        case "PERSON" -> true;
        default -> throw r.error("kind must be BODY or PERSON, was " + r.cell(0));
      };
      keys.put(r.cell(1),
          new AgentKey(r.cell(1), person, role(r, 2), r.cell(3), r.opt(4), r.opt(5), Set.copyOf(r.list(6))));
    }
  }

  void loadCountries(List<Tsv.Row> rows) {
    for (Tsv.Row r : rows) {
      String iso2 = r.cell(0);
      if (!iso2.matches("[A-Z]{2}")) {
        throw r.error("not an ISO 3166-1 alpha-2 code: " + iso2);
      }
      String cameo = r.opt(1);
      Actor state = new Actor(iso2, r.cell(2), iso2, iso2, Role.STATE, cameo);
      Owner owner = new Owner(iso2, r.cell(2), iso2, iso2, cameo, Owner.Kind.COUNTRY, state);
      owners.put(iso2, owner);
      actors.put(iso2, state);
      Form[] forms = {Form.NAME, Form.DEMONYM, Form.PEOPLE, Form.CAPITAL};
      for (int c = 0; c < forms.length; c++) {
        for (String alias : r.list(3 + c)) {
          add(alias, new OwnerForm(owner, forms[c]));
        }
      }
    }
  }

  void loadCurated(List<Tsv.Row> rows) {
    for (Tsv.Row r : rows) {
      String id = r.cell(0);
      String kind = r.cell(1);
      if (kind.equals("MODIFIER") || kind.equals("DEMONYM")) {
        Owner owner = owners.get(id);
        if (owner == null) {
          throw r.error("modifier of unknown owner " + id + " (define the owner on an earlier row)");
        }
        // a group's adjective ("Houthi drone attack") stands for the group as a country's demonym does
        Form form = kind.equals("DEMONYM") ? Form.DEMONYM : Form.MODIFIER;
        r.list(3).forEach(a -> add(a, new OwnerForm(owner, form)));
        continue;
      }
      Actor actor = new Actor(id, r.cell(2), country(r, 4), r.opt(5), role(r, 6), r.opt(7));
      if (loading != null && actors.containsKey(id) && !kind.equals("REGION")) {
        // An actor the general table or another profile already has: this conflict's names for it join it.
        Actor known = actors.get(id);
        Keys k = actorKeys.getOrDefault(id, keys(r, id, kind.equals("PERSON")));
        r.list(3).stream().filter(a -> !a.startsWith("~")).forEach(a -> add(a, new EntityForm(known, k, false)));
        continue;
      }
      if (actors.containsKey(id) && !kind.equals("ORG")) {
        throw r.error("duplicate actor id " + id);
      }
      actors.put(id, actor);
      Keys k = keys(r, id, kind.equals("PERSON"));
      actorKeys.put(id, k);
      switch (kind) {
        case "REGION" -> {
          Owner owner = new Owner(id, actor.name(), actor.country(), actor.side(), actor.cameo(), Owner.Kind.REGION,
              actor);
          owners.put(id, owner);
          r.list(3).forEach(a -> add(a, new OwnerForm(owner, Form.NAME)));
        }
        case "ORG", "PERSON" -> {
          if (kind.equals("ORG")) {
            owners.putIfAbsent(id, new Owner(id, actor.name(), actor.country(), actor.side(), actor.cameo(),
                Owner.Kind.ORG, actor));
          }
          for (String alias : r.list(3)) {
            if (alias.startsWith("~")) {
              String surname = alias.substring(1);
              surnames.computeIfAbsent(fold(surname), s -> new ArrayList<>()).add(new EntityForm(actor, k, true));
              surnameShapes.put(fold(surname), shape(surname));
            } else {
              claimed.add(fold(alias));
              add(alias, new EntityForm(actor, k, false));
            }
          }
        }
        default -> throw r.error("kind must be PERSON, ORG, REGION, MODIFIER or DEMONYM, was " + kind);
      }
    }
    // A surname two people share names neither of them.
    surnames.forEach((key, forms) -> {
      if (forms.size() == 1) {
        insert(surnameShapes.get(key), forms.get(0));
      }
    });
    surnames.clear(); // each table's surnames are inserted once, with the conflict that table belongs to
    surnameShapes.clear();
  }

  void loadOrganisations(List<Tsv.Row> rows) {
    for (Tsv.Row r : rows) {
      String id = r.cell(0);
      Actor actor = new Actor(id, r.cell(1), country(r, 4), null, role(r, 3), r.opt(5));
      Keys k = new Keys(id, null, null, '-');
      Owner owner = new Owner(id, actor.name(), actor.country(), null, actor.cameo(), Owner.Kind.ORG, actor);
      boolean any = false;
      for (String alias : r.list(2)) {
        if (!claimed.contains(fold(alias))) { // the curated table speaks for that name
          add(alias, new EntityForm(actor, k, false));
          any = true;
        }
      }
      if (any) {
        actors.putIfAbsent(id, actor);
        actorKeys.putIfAbsent(id, k);
        owners.putIfAbsent(id, owner);
      }
    }
  }

  void loadAgents(List<Tsv.Row> rows) {
    for (Tsv.Row r : rows) {
      String phrase = r.cell(0);
      String body = r.opt(1);
      String person = r.opt(2);
      checkKey(r, body, false);
      checkKey(r, person, true);
      if (body == null && person == null) {
        throw r.error("an agent needs a body or a person key");
      }
      add(phrase, new AgentForm(body, person, gender(phrase)));
    }
  }

  private void checkKey(Tsv.Row r, String key, boolean person) {
    if (key != null && (!keys.containsKey(key) || keys.get(key).person() != person)) {
      throw r.error("unknown " + (person ? "person" : "body") + " key " + key + " (see agent-keys.tsv)");
    }
  }

  private Keys keys(Tsv.Row r, String id, boolean person) {
    String body = null;
    String who = null;
    for (String k : r.list(8).isEmpty() ? List.<String>of() : List.of(r.cell(8).split("/"))) {
      AgentKey key = keys.get(k);
      if (key == null) {
        throw r.error("unknown agent key " + k + " (see agent-keys.tsv)");
      }
      if (key.person()) {
        who = k;
      } else {
        body = k;
      }
    }
    int slash = person ? id.lastIndexOf('/') : id.indexOf('/');
    String owner = slash < 0 ? id : id.substring(0, slash);
    char g = r.cell(9).isEmpty() || r.cell(9).equals("-") ? '-' : r.cell(9).charAt(0);
    if (person && who == null) {
      who = "OFFICIAL"; // a named person without a listed office is still one person
    }
    return new Keys(owner, body, who, g);
  }

  private static Role role(Tsv.Row r, int i) {
    try {
      return Role.valueOf(r.cell(i));
    } catch (IllegalArgumentException e) {
      throw r.error("unknown role " + r.cell(i));
    }
  }

  private static String country(Tsv.Row r, int i) {
    String c = r.opt(i);
    if (c != null && !c.matches("[A-Z]{2}")) {
      throw r.error("not an ISO 3166-1 alpha-2 code: " + c);
    }
    return c;
  }

  private static char gender(String phrase) {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (last.endsWith("woman") || last.endsWith("women")) {
      return 'f';
    }
    return last.endsWith("man") || last.endsWith("men") ? 'm' : '-';
  }

  // ------------------------------------------------------------------------------------------------ the trie

  private void add(String phrase, Lexeme lexeme) {
    insert(shape(phrase), lexeme);
  }

  private void insert(String[] shape, Lexeme lexeme) {
    if (shape.length == 0) {
      return;
    }
    Node n = root;
    String head = fold(shape[0]);
    int b = firstShape(head);
    firstShapes[b >>> 6] |= 1L << b;
    for (int u = 0; u < shape.length; u++) {
      n = n.next.computeIfAbsent(fold(shape[u]), k -> new Node());
      if (u == 0 && n.first < 0) {
        n.first = firsts.size();
        firsts.add(n);
        firstById = new org.trucewatch.nlp.Vocabulary.IdTable(); // a "none" read before may now be a child
      }
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    n.entries.add(new Entry(lexeme, shape, loading));
    for (Entry e : n.entries) {
      if (e.conflict() != null && loading != null && !e.conflict().equals(loading)) {
        n.sharedByConflicts = true;
      }
    }
    phrases++;
  }

  /** A phrase as the units the matcher walks: its tokens, hyphenated ones split at the hyphens. */
  static String[] shape(String phrase) {
    List<String> units = new ArrayList<>();
    for (Token t : TOKENIZER.tokenize(phrase, 0)) {
      for (String part : parts(t.text())) {
        units.add(part);
      }
    }
    return units.toArray(String[]::new);
  }

  // A bit per shape (first and last character, length) of the root's words, set as phrases are added.
  private final long[] firstShapes = new long[1 << 10];

  /** Whether some phrase may start with the folded word (false: none does; true: look it up). */
  boolean mayStartPhrase(String folded) {
    int b = firstShape(folded);
    return (firstShapes[b >>> 6] & 1L << b) != 0;
  }

  /** A folded word's bit in {@link #firstShapes}. */
  private static int firstShape(String w) {
    int n = w.length();
    int h = n == 0 ? 0 : (w.charAt(0) * 31 + w.charAt(n - 1)) * 64 + Math.min(n, 63);
    return h & ((1 << 16) - 1);
  }

  private static String[] parts(String token) {
    return token.length() > 1 && token.indexOf('-') > 0 ? token.split("-") : new String[] {token};
  }

  /**
   * Every phrase of the tables in the sentence, grouped by first token; only whole tokens match. A phrase of a
   * conflict's profile matches in an article of that conflict; elsewhere only a name ("Hezbollah") that no other
   * conflict uses, never a common word ("separatist forces").
   *
   * @param conflict the article's conflict, or null
   */
  List<List<Match>> match(Sentence s, String conflict) {
    List<Token> tokens = s.tokens();
    // The units (a token, or each part of a hyphenated one) in arrays: one sentence's worth, made for each sentence.
    int size = 0;
    String[] keysOf = new String[tokens.size() + 8];
    String[] texts = new String[keysOf.length];
    int[] tokenOf = new int[keysOf.length];
    int[] idOf = new int[keysOf.length]; // a whole plain token's vocabulary id (its key is its lower case), else -1
    boolean[] first = new boolean[keysOf.length];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String[] p = parts(t.text());
      for (int j = 0; j < p.length; j++) {
        if (size == keysOf.length) {
          int n = size * 2;
          keysOf = Arrays.copyOf(keysOf, n);
          texts = Arrays.copyOf(texts, n);
          tokenOf = Arrays.copyOf(tokenOf, n);
          idOf = Arrays.copyOf(idOf, n);
          first = Arrays.copyOf(first, n);
        }
        keysOf[size] = p.length == 1 ? fold(t) : fold(p[j]); // each token is matched once a sentence: no memo
        idOf[size] = p.length == 1 && plain(t.text()) ? t.id() : -1;
        texts[size] = p[j];
        tokenOf[size] = i;
        first[size] = j == 0;
        size++;
      }
    }
    List<List<Match>> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      out.add(List.of());
    }
    int units = size;
    for (int u = 0; u < units; u++) {
      if (!first[u]) {
        continue;
      }
      if (!mayStartPhrase(keysOf[u])) {
        continue; // no phrase starts with a word of this shape: the root's large table is not asked
      }
      Node n = root;
      for (int v = u; v < units && n != null; v++) {
        n = v == u ? firstChild(keysOf[u], idOf[u]) : n.next.get(keysOf[v]);
        boolean tokenEnds = v + 1 == units || first[v + 1];
        if (n == null || n.entries == null || !tokenEnds) {
          continue;
        }
        for (Entry e : n.entries) {
          if (e.conflict() != null && !e.conflict().equals(conflict)
              && (n.sharedByConflicts || !properName(e.shape()))) {
            continue; // a common word of another conflict ("separatist forces"), or one two conflicts read apart
          }
          if (caseFits(e, texts, u)) {
            int start = tokenOf[u];
            if (out.get(start).isEmpty()) {
              out.set(start, new ArrayList<>(2));
            }
            out.get(start).add(new Match(start, tokenOf[v] + 1, e.lexeme()));
          }
        }
      }
    }
    return out;
  }

  /** The root's child of a folded word whose vocabulary id is {@code id} (-1: none), read by id once known. */
  private Node firstChild(String key, int id) {
    if (id < 0) {
      return root.next.get(key);
    }
    org.trucewatch.nlp.Vocabulary.IdTable table = firstById;
    int x = table.get(id);
    if (x == 0) {
      Node c = root.next.get(key);
      x = c == null ? 1 : c.first + 2;
      table.put(id, x);
    }
    return x == 1 ? null : firsts.get(x - 2);
  }

  /** Whether the table writes the phrase as a name ("Hamas", "DPR"), not in lower case like a common noun. */
  private static boolean properName(String[] shape) {
    for (String unit : shape) {
      if (!unit.isEmpty() && Character.isUpperCase(unit.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean caseFits(Entry e, String[] texts, int from) {
    String[] shape = e.shape();
    byte[] rules = e.caseRules();
    for (int k = 0; k < shape.length; k++) {
      String text = texts[from + k];
      boolean fits = switch (rules[k]) {
        case ANY_CASE -> true;
        case CAPITAL -> Character.isUpperCase(text.charAt(0));
        case EXACT -> shape[k].equals(text);
        default -> caseFits(shape[k], text);
      };
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** Whether caseFits asks the written unit exactly: two or more capitals in at most four letters. */
  private static boolean exactCase(String written) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return upper >= 2 && letters <= 4;
  }

  /** A unit written with two or more capitals in at most four letters (US, MoD, U.S.) must match exactly. */
  static boolean caseFits(String written, String text) {
    if (exactCase(written)) {
      return written.equals(text);
    }
    return !Character.isUpperCase(written.charAt(0)) || Character.isUpperCase(text.charAt(0));
  }

  /** {@link #fold} of a whole token: its plain ASCII form is the lower case the token already holds. */
  private static String fold(Token t) {
    return plain(t.text()) ? t.lower() : Texts.foldKey(t.text());
  }

  private static boolean plain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128 || c == '\'' || c == '-' || c == ' ') {
        return false;
      }
    }
    return true;
  }

  /** The matching key of a word: lower case, accents and apostrophes dropped (a fast path for plain ASCII). */
  static String fold(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128 || c == '\'' || c == '-' || c == ' ') {
        return Texts.foldKey(word);
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }
}
