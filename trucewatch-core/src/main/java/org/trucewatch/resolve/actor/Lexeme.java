package org.trucewatch.resolve.actor;

/** What a dictionary phrase is: an owner's name in some form, an agent noun, or a named actor. */
sealed interface Lexeme {

  /** How an owner is named. */
  enum Form {
    /** "Azerbaijan", "Nagorno-Karabakh". */
    NAME,
    /** "Azerbaijani", "Azeri": an adjective of nationality. */
    DEMONYM,
    /** "Armenians", "Azeris": the people. */
    PEOPLE,
    /** "Baku", "Yerevan": the capital, a metonym for the government. */
    CAPITAL,
    /** "ethnic Armenian", "separatist": only qualifies an agent. */
    MODIFIER
  }

  /** A name of an owner. */
  record OwnerForm(Owner owner, Form form) implements Lexeme {}

  /**
   * An agent noun phrase: the body and/or person it denotes ("defense ministry" = MOD, "spokeswoman" =
   * SPOKESPERSON), and the grammatical gender of its head ('m', 'f' or '-').
   */
  record AgentForm(String body, String person, char gender) implements Lexeme {}

  /** A named actor: a person or a body. A surname form only stands alone when no other name precedes it. */
  record EntityForm(Actor actor, Keys keys, boolean surname) implements Lexeme {}

  /**
   * The agent keys an actor carries, for coreference: its owner's code, its body and person keys (each may be
   * null), and the gender of a person ('m', 'f' or '-').
   */
  record Keys(String owner, String body, String person, char gender) {

    boolean isPerson() {
      return person != null;
    }
  }
}
