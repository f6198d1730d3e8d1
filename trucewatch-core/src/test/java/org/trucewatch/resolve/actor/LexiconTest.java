package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The actor tables: their format checks, and what the shipped tables must hold. */
class LexiconTest {

  private static List<Tsv.Row> rows(String name, int columns, String text) {
    return Tsv.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
  }

  private static Lexicon withKeys() {
    Lexicon x = new Lexicon();
    x.loadKeys(rows("keys.tsv", 7, "BODY\tMOD\tGOVERNMENT\tMinistry of Defense\tMinister of Defense\tGOVMIL\tministry\n"
        + "PERSON\tSPOKESPERSON\tOFFICIAL\tspokesperson\t-\tGOV\tofficial\n"));
    return x;
  }

  @Test
  void aShortRowNamesItsFileAndLine() {
    assertThatThrownBy(() -> rows("agents.tsv", 3, "# comment\n\nforces\tMIL\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("agents.tsv:3: expected 3 tab-separated columns, found 2");
  }

  @Test
  void badValuesInTablesAreRefusedWithTheirPlace() {
    Lexicon x = withKeys();
    assertThatThrownBy(() -> x.loadAgents(rows("agents.tsv", 3, "press attaché\tPRESS\t-\tcurated\n")))
        .hasMessageContaining("agents.tsv:1").hasMessageContaining("unknown body key PRESS");
    assertThatThrownBy(() -> x.loadAgents(rows("agents.tsv", 3, "nothing\t-\t-\tcurated\n")))
        .hasMessageContaining("needs a body or a person");
    assertThatThrownBy(() -> x.loadCountries(rows("countries.tsv", 7, "ARM\tARM\tArmenia\tArmenia\t\t\t\n")))
        .hasMessageContaining("not an ISO 3166-1 alpha-2 code: ARM");
    assertThatThrownBy(() -> x.loadCurated(rows("curated.tsv", 11,
        "X/Y\tPERSON\tY (X)\tY\t-\t-\tBOSS\t-\t-\t-\tsource\n"))).hasMessageContaining("unknown role BOSS");
    assertThatThrownBy(() -> x.loadCurated(rows("curated.tsv", 11,
        "NK\tMODIFIER\tNK\tethnic\t-\tNK\tSTATE\t-\t-\t-\tsource\n"))).hasMessageContaining("unknown owner NK");
    assertThatThrownBy(() -> x.loadCurated(rows("curated.tsv", 11,
        "AM/X\tPERSON\tX (Armenia)\tX\tAM\tAM\tOFFICIAL\t-\tMOD/CHEF\tm\tsource\n")))
        .hasMessageContaining("unknown agent key CHEF");
    assertThatThrownBy(() -> x.loadKeys(rows("keys.tsv", 7, "THING\tX\tOTHER\tx\t-\t-\t-\n")))
        .hasMessageContaining("kind must be BODY or PERSON");
    assertThatThrownBy(() -> Tsv.read("no-such-table.tsv", 2)).hasMessageContaining("no-such-table.tsv missing");
  }

  @Test
  void aSurnameTwoPeopleShareNamesNeither() {
    Lexicon x = withKeys();
    x.loadCurated(rows("curated.tsv", 11,
        "AM/Ann_Petrosyan\tPERSON\tAnn Petrosyan (Armenia)\tAnn Petrosyan|~Petrosyan\tAM\tAM\tOFFICIAL\t-\t-\tf\ts\n"
        + "AM/Aram_Petrosyan\tPERSON\tAram Petrosyan (Armenia)\tAram Petrosyan|~Petrosyan\tAM\tAM\tOFFICIAL\t-\t-"
        + "\tm\ts\n"
        + "AM/Ani_Sargsyan\tPERSON\tAni Sargsyan (Armenia)\tAni Sargsyan|~Sargsyan\tAM\tAM\tOFFICIAL\t-\t-\tf\ts\n"));
    assertThat(x.root.next).containsKey("sargsyan").doesNotContainKey("petrosyan").containsKey("ann");
  }

  @Test
  void caseIsPartOfAPhrase() {
    assertThat(Lexicon.caseFits("US", "US")).isTrue();
    assertThat(Lexicon.caseFits("US", "us")).isFalse();
    assertThat(Lexicon.caseFits("US", "Us")).isFalse();
    assertThat(Lexicon.caseFits("MoD", "MoD")).isTrue();
    assertThat(Lexicon.caseFits("MoD", "mod")).isFalse();
    assertThat(Lexicon.caseFits("Armenia", "ARMENIA")).isTrue();
    assertThat(Lexicon.caseFits("Armenia", "armenia")).isFalse();
    assertThat(Lexicon.caseFits("forces", "Forces")).isTrue();
    assertThat(Lexicon.fold("Çavuşoğlu")).isEqualTo("cavusoglu");
    assertThat(Lexicon.fold("Bakı")).isEqualTo("baki");
    assertThat(Lexicon.shape("Nagorno-Karabakh's ombudsman")).containsExactly("Nagorno", "Karabakh", "'s",
        "ombudsman");
  }

  @Test
  void theShippedTablesHoldTheCountriesOfTheConflict() {
    Lexicon x = ActorDictionary.load().lexicon;
    assertThat(x.owners.get("AM").self()).isEqualTo(new Actor("AM", "Armenia", "AM", "AM", Role.STATE, "ARM"));
    assertThat(x.owners.get("AZ").cameo()).isEqualTo("AZE");
    assertThat(x.owners.get("TR").name()).isEqualTo("Turkey");
    assertThat(x.belligerents).containsKeys("AM", "AZ", "NK");
    assertThat(x.camps("karabakh")).containsEntry("NK", "karabakh:armenian").containsEntry("AM", "karabakh:armenian")
        .containsEntry("AZ", "karabakh:azerbaijani");
    assertThat(x.phrases).isGreaterThan(3000);
  }

  @Test
  void theCuratedPeopleAndBodiesOfTheBriefAreThere() {
    ActorDictionary d = ActorDictionary.load();
    for (String id : List.of("AM/Nikol_Pashinyan", "AZ/Ilham_Aliyev", "AZ/Jeyhun_Bayramov", "AM/Zohrab_Mnatsakanyan",
        "AM/Ararat_Mirzoyan", "RU/Sergei_Shoigu", "RU/Sergei_Lavrov", "RU/Vladimir_Putin", "TR/Mevlut_Cavusoglu",
        "TR/Recep_Tayyip_Erdogan", "AZ/Hikmet_Hajiyev", "NK/Artak_Beglaryan", "NK/Arayik_Harutyunyan",
        "NK/Samvel_Shahramanyan", "NK/Ruben_Vardanyan", "AM/Shushan_Stepanyan", "AM/Anna_Naghdalyan",
        "AM/Mane_Gevorgyan", "IR/Mohammad_Javad_Zarif", "IR/Ali_Rabiee", "OHCHR/Michelle_Bachelet", "US/Mike_Pompeo",
        "US/Antony_Blinken", "EU/Charles_Michel", "EU/Josep_Borrell", "OSCE/MINSK_GROUP",
        "OSCE/MINSK_GROUP/CO_CHAIRS", "ICRC", "OSCE", "EU/MONITORS", "RU/PEACEKEEPERS", "RU+TR/MONITORING_CENTRE",
        "UN", "OHCHR", "RIA", "TASS", "INTERFAX", "APA", "ARMENPRESS", "TREND", "AZERTAC", "REUTERS", "AP", "AFP",
        "ANADOLU", "NK/MIL", "NK/OMBUDSMAN", "AZ/SECURITY")) {
      assertThat(d.actor(id)).as(id).isNotNull();
    }
    assertThat(d.actor("EU/MONITORS").role()).isEqualTo(Role.MONITOR);
    assertThat(d.actor("OSCE/MINSK_GROUP").side()).isNull();
    assertThat(d.actor("AZ/SECURITY")).isEqualTo(d.actor("AZ/SECURITY"));
  }

  @Test
  void aCuratedIdOfComposedFormIsWhatTheCompositionGives() {
    ActorDictionary d = ActorDictionary.load();
    for (String id : List.of("NK/MIL", "NK/OMBUDSMAN", "AM/OMBUDSMAN", "AZ/SECURITY", "RU/PEACEKEEPERS", "US/MFA",
        "EU/MONITORS", "OSCE/MONITORS")) {
      Lexicon x = d.lexicon;
      String[] p = id.split("/");
      Owner o = x.owners.get(p[0]);
      AgentKey k = x.keys.get(p[1]);
      Actor composed = d.composer.compose(o, k.person() ? null : p[1], k.person() ? p[1] : null, null, '-').actor();
      assertThat(composed).as(id).isSameAs(x.actors.get(id));
    }
  }
}
