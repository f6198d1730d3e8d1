package org.trucewatch.resolve.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.trucewatch.internal.Validate;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.resolve.actor.Composer.Composed;
import org.trucewatch.resolve.actor.MentionParser.Found;

/**
 * The actor dictionary and recogniser: reads a {@link Sentence} and returns the actors it names, as non-overlapping
 * longest {@link ActorMention}s. Countries, their demonyms and capitals come from the PETRARCH2 Phoenix dictionaries,
 * as do agent nouns and international bodies; a curated table adds the office-holders and bodies of the
 * Nagorno-Karabakh conflict (see the README beside the tables). Country and agent compose: "Azerbaijan's Defense
 * Ministry", "the Azerbaijani defense ministry" and "the Ministry of Defense of Azerbaijan" are one actor,
 * {@code AZ/MOD}.
 *
 * <p>Reads its tables from the classpath once ({@link #load()}); afterwards immutable and thread-safe. It reads
 * sentences and writes nothing. It works on untagged sentences, and better on sentences tagged by a
 * {@code PosTagger}: the tags tell an agent that heads its phrase ("Armenian forces fired") from one that modifies a
 * noun ("Armenian military sites"), and a name from a capitalised common word.
 */
public final class ActorDictionary {

  private static final class Shared {
    static final ActorDictionary INSTANCE = new ActorDictionary(
        Lexicon.load(org.trucewatch.conflict.Profiles.shipped().all()));
  }

  final Lexicon lexicon;
  final Composer composer;
  final MentionParser parser;

  private ActorDictionary(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.composer = new Composer(lexicon);
    this.parser = new MentionParser(lexicon, composer);
  }

  /**
   * The dictionary of the shipped conflict profiles, read from the classpath on first use (a fraction of a second)
   * and shared afterwards.
   */
  public static ActorDictionary load() {
    return Shared.INSTANCE;
  }

  /** A dictionary of the general tables and these profiles' sides and actors. */
  public static ActorDictionary load(java.util.List<org.trucewatch.conflict.ConflictProfile> profiles) {
    return new ActorDictionary(Lexicon.load(profiles));
  }

  /** The actors {@code sentence} names, in text order, without overlaps; empty when it names none. */
  public List<ActorMention> find(Sentence sentence) {
    return find(sentence, null);
  }

  /**
   * The actors {@code sentence} names in an article of {@code conflict} (a profile id, or null for none): a
   * conflict's own words ("separatists") name its parties.
   */
  public List<ActorMention> find(Sentence sentence, String conflict) {
    Validate.notNull(sentence, "sentence");
    List<ActorMention> out = new ArrayList<>();
    for (Found f : parser.parse(sentence, lexicon.match(sentence, conflict))) {
      out.add(f.mention());
    }
    return out;
  }

  /**
   * The actor with this id: a state ("AZ"), a listed person or body ("AM/Nikol_Pashinyan", "OSCE/MINSK_GROUP"), or a
   * composition of an owner and agent keys ("AZ/MOD", "TR/MOD/OFFICIAL"); null when the id names none.
   */
  public Actor actor(String id) {
    Validate.notNull(id, "actor id");
    Actor known = lexicon.actors.get(id);
    if (known != null) {
      return known;
    }
    String[] parts = id.split("/");
    Owner owner = lexicon.owners.get(parts[0]);
    if (owner == null || parts.length > 3) {
      return null;
    }
    String body = null;
    String person = null;
    for (int i = 1; i < parts.length; i++) {
      AgentKey k = lexicon.keys.get(parts[i]);
      if (k == null) {
        return null;
      }
      if (k.person()) {
        person = parts[i];
      } else {
        body = parts[i];
      }
    }
    Composed c = composer.compose(owner, body, person, null, '-');
    return c.actor().id().equals(id) ? c.actor() : null;
  }

  /** The belligerent parties of every profile and their names: "the two sides" are two of these. */
  public Map<String, String> belligerents() {
    return Collections.unmodifiableMap(lexicon.belligerents);
  }

  /** The number of phrases the recogniser knows. */
  public int phrases() {
    return lexicon.phrases;
  }
}
