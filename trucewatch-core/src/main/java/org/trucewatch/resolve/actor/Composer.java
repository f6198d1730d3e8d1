package org.trucewatch.resolve.actor;

import java.util.Locale;
import org.trucewatch.resolve.actor.Lexeme.Keys;

/**
 * Builds the actor an owner and an agent make together: Azerbaijan + Defense Ministry = {@code AZ/MOD} "Azerbaijan
 * Ministry of Defense"; Turkey + defence ministry official = {@code TR/MOD/OFFICIAL}. An id the curated table defines
 * takes that table's name and role, so "Karabakh forces" and "the Defense Army" are one actor. Immutable.
 */
final class Composer {

  // compiled once, not per name
  private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern EDGE_UNDERSCORES = java.util.regex.Pattern.compile("^_|_$");

  /** An actor with the keys coreference needs. */
  record Composed(Actor actor, Keys keys) {}

  private final Lexicon lex;

  Composer(Lexicon lex) {
    this.lex = lex;
  }

  /** The actor an owner names on its own: a state, the Nagorno-Karabakh authorities, a body. */
  Composed self(Owner o) {
    Keys k = lex.actorKeys.getOrDefault(o.code(), new Keys(o.code(), null, null, '-'));
    return new Composed(o.self(), k);
  }

  /**
   * Owner + body and/or person ({@code rank} a word like "deputy" or null), e.g. (AZ, MOD, null) or (TR, MOD,
   * OFFICIAL). One id always gives the same actor.
   */
  Composed compose(Owner o, String body, String person, String rank, char gender) {
    if (person == null && (body == null || key(body).self())) {
      return self(o);
    }
    if (o.kind() == Owner.Kind.ORG && ("GOV".equals(body) || o.code().contains("/"))) {
      // "UN officials" are the UN speaking; "servicemen of the Defense Army" are the Defense Army.
      body = null;
      if (person == null) {
        return self(o);
      }
    }
    if (person != null && key(person).standalone()) {
      body = null;
    }
    String personKey = person == null ? null : rankKey(rank, person);
    String id = o.code() + (body == null ? "" : "/" + body) + (personKey == null ? "" : "/" + personKey);
    Keys keys = new Keys(o.code(), body, personKey, gender);
    Actor curated = lex.actors.get(id);
    if (curated != null) {
      return new Composed(curated, lex.actorKeys.getOrDefault(id, keys));
    }
    Role role = person != null ? key(person).role() : key(body).role();
    String name = o.name() + " " + describe(body, person, rank);
    return new Composed(new Actor(id, name, o.country(), sideOf(o, role), role, cameo(o, body, person)), keys);
  }

  /**
   * A person named after a title that the tables do not know ("Azerbaijani defense ministry spokesman Vagif
   * Dargahli" when he is not listed): the id is the owner's code and the name, so the same person gets the same id
   * whatever title comes with the name.
   */
  Composed named(Owner o, String body, String person, String rank, char gender, String fullName) {
    if (o != null && o.kind() == Owner.Kind.ORG && "GOV".equals(body)) {
      body = null;
    }
    if (key(person).standalone()) {
      body = null;
    }
    String slug = EDGE_UNDERSCORES.matcher(NOT_ALNUM.matcher(fullName).replaceAll("_")).replaceAll("");
    String id = (o == null ? "PERSON" : o.code()) + "/" + slug;
    Actor curated = lex.actors.get(id);
    Keys keys = new Keys(o == null ? null : o.code(), body, rankKey(rank, person), gender);
    if (curated != null) {
      return new Composed(curated, lex.actorKeys.getOrDefault(id, keys));
    }
    Role role = key(person).role();
    String name = fullName + " (" + (o == null ? "" : o.name() + ", ") + describe(body, person, rank) + ")";
    Actor a = new Actor(id, name, o == null ? null : o.country(), o == null ? null : sideOf(o, role), role,
        o == null ? null : cameo(o, body, person));
    return new Composed(a, keys);
  }

  /** The actor {@code keys} point at without its person: the ministry a spokesperson speaks for. */
  Composed bodyOf(Keys keys) {
    Owner o = keys.owner() == null ? null : lex.owners.get(keys.owner());
    if (o == null || keys.body() == null) {
      return null;
    }
    return compose(o, keys.body(), null, null, '-');
  }

  private String describe(String body, String person, String rank) {
    String r = rank == null ? "" : capitalise(rank) + " ";
    if (person == null) {
      return key(body).display();
    }
    AgentKey p = key(person);
    if (person.equals("MINISTER") && body != null && key(body).ministerTitle() != null) {
      return r + key(body).ministerTitle();
    }
    return body == null ? r + p.display() : key(body).display() + " " + r.toLowerCase(Locale.ROOT) + p.display();
  }

  // Media and monitors take no side, whoever owns them.
  private static String sideOf(Owner o, Role role) {
    return role == Role.MEDIA || role == Role.MONITOR ? null : o.side();
  }

  // The owner's code and the body's agent code (the person's without a body): AZE + GOVMIL, TUR + GOV.
  private String cameo(Owner o, String body, String person) {
    if (o.cameo() == null) {
      return null;
    }
    String agent = body != null ? key(body).cameo() : key(person).cameo();
    return agent == null || o.kind() == Owner.Kind.ORG ? o.cameo() : o.cameo() + agent;
  }

  private static String rankKey(String rank, String person) {
    return rank == null ? person : rank.toUpperCase(Locale.ROOT) + "_" + person;
  }

  private static String capitalise(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private AgentKey key(String k) {
    AgentKey a = lex.keys.get(k);
    if (a == null) {
      throw new IllegalStateException("unknown agent key " + k);
    }
    return a;
  }
}
