package org.trucewatch.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;
import org.trucewatch.resolve.actor.Composer.Composed;
import org.trucewatch.resolve.actor.Lexeme.AgentForm;
import org.trucewatch.resolve.actor.Lexeme.EntityForm;
import org.trucewatch.resolve.actor.Lexeme.Form;
import org.trucewatch.resolve.actor.Lexeme.Keys;
import org.trucewatch.resolve.actor.Lexeme.OwnerForm;
import org.trucewatch.resolve.actor.Lexicon.Match;

/**
 * The small noun-phrase grammar that turns the dictionary phrases of one sentence into actor mentions, left to
 * right, longest first, without overlaps:
 *
 * <pre>
 *   mention := owner ['s] [rank] agent+ [name]       "Azerbaijan's Defense Ministry", "Russian President V. Putin"
 *            | owner ('and'|'or'|',') mention         "Azeri and Armenian forces" (the agent is shared)
 *            | [rank] agent+ ('of'|'for') [the] [adj] owner ['s] [agent+]   "the Ministry of Defense of Azerbaijan"
 *            | [rank] agent+ name                     "Foreign Minister Jeyhun Bayramov"
 *            | entity ['s] [agent+ [name]]            "the Kremlin", "OSCE monitors"
 *            | owner                                  "Azerbaijan" (the state), "Baku" (its government), "Armenians"
 * </pre>
 *
 * An agent must head its noun phrase: "Armenian military sites" names no military, only (adjectivally) Armenia.
 * Immutable and thread-safe; each call works on its own state.
 */
final class MentionParser {

  // a month's name, a weekday's ("Juba, Sunday 30 June 2024 -") or a day's number after a dateline's place and comma
  private static final java.util.regex.Pattern DATELINE_DAY = java.util.regex.Pattern.compile(
      "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\d{1,2}"
      + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day");

  /** A mention and the keys coreference needs. */
  record Found(ActorMention mention, Keys keys) {}

  /** An agent phrase sequence: "defense ministry spokeswoman" = body MOD, person SPOKESPERSON. */
  record Agents(int start, int end, String body, String person, char gender) {}

  private record Result(List<Found> found, int end, Agents agents, String rank) {}

  private final Lexicon lex;
  private final Composer composer;

  MentionParser(Lexicon lex, Composer composer) {
    this.lex = lex;
    this.composer = composer;
  }

  List<Found> parse(Sentence s) {
    return parse(s, lex.match(s, null));
  }

  List<Found> parse(Sentence s, List<List<Match>> matches) {
    Run run = new Run(s, matches);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < s.tokens().size()) {
      Result r = run.at(i);
      if (r != null) {
        out.addAll(r.found());
        i = Math.max(r.end(), i + 1);
      } else {
        i++;
      }
    }
    return out;
  }

  /** The agent phrases starting at token {@code i}, for coreference ("the ministry"), or null. */
  Agents agentsAt(Sentence s, List<List<Match>> matches, int i) {
    return new Run(s, matches).agents(i);
  }

  /** One sentence's parse. */
  private final class Run {
    private final Sentence s;
    private final List<Token> t;
    private final List<List<Match>> m;

    Run(Sentence s, List<List<Match>> m) {
      this.s = s;
      this.t = s.tokens();
      this.m = m;
    }

    Result at(int i) {
      if ((i >= m.size() || m.get(i).isEmpty()) && !Words.RANKS.contains(Words.lower(t.get(i)))
          && !Words.is(t.get(i), "republic")) {
        return null; // no phrase starts here, nor a rank or "Republic of" before one: every path below finds nothing
      }
      Match ent = entity(i, true);
      Match own = owner(i);
      if (ent != null && (own == null || ent.end() >= own.end())) {
        return entityPath(i, ent);
      }
      if (own != null) {
        return ownerPath(i, own, true);
      }
      if (i + 2 < t.size() && Words.is(t.get(i), "republic") && Words.is(t.get(i + 1), "of")) {
        Match o = owner(i + 2);
        if (o != null && ((OwnerForm) o.lexeme()).form() == Form.NAME) {
          return ownerPath(i, new Match(i, o.end(), o.lexeme()), true);
        }
      }
      return agentFirst(i);
    }

    // ---------------------------------------------------------------------------------------------- paths

    private Result entityPath(int i, Match ent) {
      EntityForm e = (EntityForm) ent.lexeme();
      int j = ent.end();
      boolean poss = j < t.size() && (Words.isPossessive(t.get(j)) || Words.isPluralPossessive(t.get(j)));
      if (e.keys().isPerson() || j + (poss ? 1 : 0) >= t.size()) {
        return one(i, ent.end(), new Composed(e.actor(), e.keys()), poss, false, false, j + (poss ? 1 : 0));
      }
      int k = j + (poss ? 1 : 0);
      Agents ag = agents(k);
      if (ag != null) {
        Owner o = ownerOf(e);
        Result r = withAgents(i, o, ag, null, poss, false);
        if (r != null) {
          return r;
        }
      }
      return one(i, ent.end(), new Composed(e.actor(), e.keys()), poss, false, false, k);
    }

    private Result ownerPath(int i, Match own, boolean coordinate) {
      OwnerForm of = (OwnerForm) own.lexeme();
      Owner o = of.owner();
      boolean demonym = of.form() == Form.DEMONYM || of.form() == Form.MODIFIER || of.form() == Form.PEOPLE;
      int j = own.end();
      boolean poss = j < t.size() && (Words.isPossessive(t.get(j))
          || (of.form() == Form.PEOPLE && Words.isPluralPossessive(t.get(j))));
      if (poss) {
        j++;
      }
      if (!poss && coordinate && j + 1 < t.size() && conjunction(t.get(j), of.form())) {
        Match next = owner(j + 1);
        if (next != null && sameKind(of.form(), ((OwnerForm) next.lexeme()).form(), t.get(j))) {
          Result rest = ownerPath(j + 1, next, true);
          if (rest != null && rest.agents() != null) {
            Agents a = rest.agents();
            Composed c = composer.compose(o, a.body(), a.person(), rest.rank(), a.gender());
            List<Found> found = new ArrayList<>();
            found.add(found(i, own.end(), c, false, demonym, true));
            found.addAll(rest.found());
            return new Result(found, rest.end(), a, rest.rank());
          }
        }
      }
      int k = j;
      while (k < t.size() && k - j < 2 && longest(k, AgentForm.class) == null
          && Words.AGENT_ADJECTIVES.contains(Words.lower(t.get(k)))) {
        k++; // "Karabakh's de facto foreign minister", "Azerbaijan's senior officials"
      }
      String rank = rank(k);
      Agents ag = agents(rank == null ? k : k + 1);
      if (ag != null) {
        Result r = withAgents(i, o, ag, rank, poss, demonym);
        if (r != null) {
          return r;
        }
      }
      Match ent = poss ? entity(j, false) : null;
      if (ent != null) { // "Russia's RIA news agency"
        EntityForm e = (EntityForm) ent.lexeme();
        return one(i, ent.end(), new Composed(e.actor(), e.keys()), true, demonym, false, ent.end());
      }
      return switch (of.form()) {
        case NAME -> one(i, own.end(), composer.self(o), poss, false, false, j);
        // "killed in Azerbaijani shelling", "in an Israeli air strike": after "in" an adjective is still no place
        case DEMONYM -> new Result(List.of(found(i, own.end(), composer.self(o), false, true, false, false)), j,
            null, null);
        case PEOPLE -> one(i, own.end(), composer.compose(o, "CIVILIANS", null, null, '-'), poss, true,
            true, j);
        case CAPITAL -> metonym(i, own.end(), o, poss, j);
        case MODIFIER -> new Result(List.of(), own.end(), null, null); // "ethnic Armenian region": no actor
      };
    }

    /** "Baku said", "Moscow's information": a capital for its government, but not "in Baku" or "Baku airport". */
    private Result metonym(int i, int end, Owner o, boolean poss, int next) {
      boolean place = !poss && i > 0 && (Words.LOCATIVE.contains(Words.lower(t.get(i - 1)))
          || Words.is(t.get(i - 1), "from", "to"));
      String text = t.get(i).text();
      boolean dateline = i == 0 && (text.length() > 2 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
          || datelineAfter(end));
      boolean modifier = !poss && end < t.size() && (Words.continuesNoun(t.get(end))
          || (t.get(end).isCapitalised() && t.get(end).isWord()));
      if (place || modifier || dateline) { // "BAKU (Reuters) -" is a dateline
        return new Result(List.of(), end, null, null);
      }
      return one(i, end, composer.compose(o, "GOV", null, null, '-'), poss, false, false, next);
    }

    /** "Cairo, Jan 22 (dpa) -", "Kyiv (Reuters) -": a day or an agency in brackets after a story's first word. */
    private boolean datelineAfter(int end) {
      return end + 1 < t.size() && (t.get(end).text().equals("(")
          || t.get(end).text().equals(",") && DATELINE_DAY.matcher(t.get(end + 1).text()).matches());
    }

    private Result agentFirst(int i) {
      String rank = rank(i);
      Agents ag = agents(rank == null ? i : i + 1);
      if (ag == null) {
        return null;
      }
      int j = ag.end();
      if (j + 1 < t.size() && Words.is(t.get(j), "of", "for")) {
        int k = j + 1;
        if (Words.is(t.get(k), "the")) {
          k++;
        }
        while (k < t.size() && Words.OWNER_ADJECTIVES.contains(Words.lower(t.get(k)))) {
          k++;
        }
        Match own = k < t.size() ? owner(k) : null;
        Match ent = k < t.size() ? entity(k, false) : null;
        Owner o = null;
        int end = -1;
        if (own != null && (ent == null || own.end() > ent.end())) {
          o = ((OwnerForm) own.lexeme()).owner();
          end = own.end();
        } else if (ent != null && !((EntityForm) ent.lexeme()).keys().isPerson()) {
          o = ownerOf((EntityForm) ent.lexeme());
          end = ent.end();
        }
        if (o != null) {
          if (end < t.size() && Words.isPossessive(t.get(end))) {
            end++;
          }
          Agents inner = agents(end); // "the spokesperson for the Iranian administration"
          Agents merged = inner == null ? ag : merge(inner, ag);
          int stop = inner == null ? end : inner.end();
          if (stop >= t.size() || !Words.continuesNoun(t.get(stop))) {
            Composed c = composer.compose(o, merged.body(), merged.person(), rank, merged.gender());
            return one(i, stop, c, false, false, true, stop);
          }
        }
      }
      if (ag.person() != null) {
        Result r = named(i, null, ag, rank, false, false);
        if (r != null) {
          return r;
        }
      }
      return null;
    }

    /** Owner + agents, with a name after a person title. Null when the agent is only a modifier. */
    private Result withAgents(int i, Owner o, Agents ag, String rank, boolean poss, boolean demonym) {
      if (ag.person() != null) {
        Result r = named(i, o, ag, rank, poss, demonym);
        if (r != null) {
          return r;
        }
      }
      if (ag.end() < t.size() && Words.continuesNoun(t.get(ag.end()))) {
        return null;
      }
      Composed c = composer.compose(o, ag.body(), ag.person(), rank, ag.gender());
      List<Found> f = List.of(found(i, ag.end(), c, poss, demonym, true));
      return new Result(f, ag.end(), ag, rank);
    }

    /** A title followed by a listed person or by a capitalised name: "President Vladimir Putin". */
    private Result named(int i, Owner o, Agents ag, String rank, boolean poss, boolean demonym) {
      int j = ag.end();
      Match ent = entity(j, false);
      if (ent != null && ((EntityForm) ent.lexeme()).keys().isPerson()) {
        EntityForm e = (EntityForm) ent.lexeme();
        return one(i, ent.end(), new Composed(e.actor(), e.keys()), poss, demonym, false, ent.end());
      }
      int k = j;
      while (k < t.size() && k - j < 4 && Words.nameWord(t.get(k)) && m.get(k).isEmpty()) {
        k++;
      }
      boolean single = k - j == 1 && "PROPN".equals(t.get(j).tag());
      if (k - j >= 2 || single) {
        Composed c = composer.named(o, ag.body(), ag.person(), rank, ag.gender(), s.span(j, k));
        return one(i, k, c, poss, demonym, false, k);
      }
      return null;
    }

    // ---------------------------------------------------------------------------------------------- pieces

    Agents agents(int i) {
      int start = i;
      Match firstAgent = i < t.size() ? longest(i, AgentForm.class) : null;
      if (firstAgent == null) {
        return null; // the common case: no list made
      }
      List<AgentForm> parts = new ArrayList<>(3);
      parts.add((AgentForm) firstAgent.lexeme());
      int end = firstAgent.end();
      while (end < t.size() && parts.size() < 4) {
        Match a = longest(end, AgentForm.class);
        if (a == null) {
          break;
        }
        parts.add((AgentForm) a.lexeme());
        end = a.end();
      }
      AgentForm head = parts.get(parts.size() - 1);
      if (head.person() == null) {
        return new Agents(start, end, head.body(), null, head.gender());
      }
      // A person's body is the most specific one named: "defence ministry official" is MOD, not GOV.
      AgentForm from = null;
      for (AgentForm p : parts) {
        if (p.body() != null && (from == null || "GOV".equals(from.body()))) {
          from = p;
        }
      }
      return new Agents(start, end, from == null ? null : from.body(), head.person(), head.gender());
    }

    private Agents merge(Agents owner, Agents head) {
      String body = head.body() != null && !"GOV".equals(head.body()) ? head.body() : owner.body();
      return new Agents(head.start(), owner.end(), body, head.person(), head.gender());
    }

    private String rank(int i) {
      if (i < t.size() && Words.RANKS.contains(Words.lower(t.get(i))) && longest(i + 1, AgentForm.class) != null) {
        return Words.lower(t.get(i));
      }
      return null;
    }

    private Owner ownerOf(EntityForm e) {
      Keys k = e.keys();
      if (k.owner() != null && !k.owner().equals(e.actor().id()) && "CIVILIANS".equals(k.body())) {
        Owner people = lex.owners.get(k.owner()); // "ethnic Armenians' representative" speaks for their side
        if (people != null) {
          return people;
        }
      }
      Owner o = lex.owners.get(e.actor().id());
      return o != null ? o : new Owner(e.actor().id(), e.actor().name(), e.actor().country(), e.actor().side(),
          e.actor().cameo(), Owner.Kind.ORG, e.actor());
    }

    private Match owner(int i) {
      return longest(i, OwnerForm.class);
    }

    /** The longest named actor at {@code i}; a lone surname right after another capitalised name is not one. */
    private Match entity(int i, boolean guard) {
      Match e = longest(i, EntityForm.class);
      if (e != null && guard && ((EntityForm) e.lexeme()).surname() && i > 0) {
        Token prev = t.get(i - 1);
        boolean firstWord = i - 1 == 0 && !"PROPN".equals(prev.tag());
        if (prev.isWord() && prev.isCapitalised() && !firstWord) {
          return null; // "Davit Harutyunyan" is not Arayik Harutyunyan
        }
      }
      return e;
    }

    private Match longest(int i, Class<? extends Lexeme> type) {
      if (i >= m.size()) {
        return null;
      }
      Match best = null;
      List<Match> here = m.get(i);
      for (int k = 0; k < here.size(); k++) { // by index: asked at every token, mostly of an empty list
        Match x = here.get(k);
        if (type.isInstance(x.lexeme()) && (best == null || x.end() > best.end())) {
          best = x;
        }
      }
      return best;
    }

    private boolean conjunction(Token tok, Form form) {
      return Words.is(tok, "and", "or") || (tok.text().equals(",") && form == Form.DEMONYM);
    }

    // "Azeri and Armenian forces", "Armenian and Azerbaijan foreign ministers"; but a comma joins only adjectives
    // ("In Azerbaijan, Armenian forces ..." is no list).
    private boolean sameKind(Form a, Form b, Token conjunction) {
      boolean adjA = a == Form.DEMONYM || a == Form.MODIFIER;
      boolean adjB = b == Form.DEMONYM || b == Form.MODIFIER;
      boolean people = a == Form.PEOPLE || b == Form.PEOPLE;
      return !people && (adjA == adjB || !conjunction.text().equals(","));
    }

    private Result one(int from, int to, Composed c, boolean poss, boolean demonym, boolean head, int end) {
      return new Result(List.of(found(from, to, c, poss, demonym, head)), end, null, null);
    }

    private Found found(int from, int to, Composed c, boolean poss, boolean demonym, boolean head) {
      return found(from, to, c, poss, demonym, head, true);
    }

    /** {@code placeable}: whether a locative before it makes the name a place ("in Azerbaijan"). */
    private Found found(int from, int to, Composed c, boolean poss, boolean demonym, boolean head, boolean placeable) {
      int before = from - 1;
      // "in a Saudi-led coalition air strike", "in an RSF drone strike": no place takes "a", the name modifies a noun
      boolean indefinite = before >= 0 && Words.is(t.get(before), "a", "an");
      if (before >= 0 && Words.is(t.get(before), "the", "a", "an")) {
        before--;
      }
      boolean locative = placeable && !indefinite && before >= 0
          && Words.LOCATIVE.contains(Words.lower(t.get(before)));
      ActorMention mention = new ActorMention(s.index(), from, to, t.get(from).start(), t.get(to - 1).end(),
          s.span(from, to), c.actor(), poss, demonym, head, locative, null, List.of());
      return new Found(mention, c.keys());
    }
  }
}
