package org.trucewatch.server.api;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.trucewatch.alert.IncidentText;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/**
 * Incidents as an Atom 1.0 feed (RFC 4287), written with the JDK's XML stream writer so that it is always well formed:
 * one entry per incident with its id, title, the time TruceWatch last learnt of it (the latest ingestion of a source
 * article), a link to its dashboard page, and a summary with place, date, perpetrator, standing and sources. Reads the
 * store it is given; stateless otherwise.
 */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";

  private final Store store;

  AtomFeed(Store store) {
    this.store = store;
  }

  /**
   * @param incidents the entries, in feed order
   * @param base the server's address ({@code http://host:port}), for links
   * @param self the feed's own address
   * @param now when nothing is stored, the feed's updated time
   */
  String write(List<Incident> incidents, String base, String self, Instant now) {
    List<Entry> entries = new ArrayList<>();
    for (Incident i : incidents) {
      entries.add(entry(i));
    }
    Instant updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(now);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", "urn:trucewatch:incidents");
      text(x, "title", "TruceWatch: newest incidents");
      text(x, "updated", updated.toString());
      link(x, "self", self, "application/atom+xml");
      link(x, "alternate", base + "/", "text/html");
      x.writeStartElement("author");
      text(x, "name", "TruceWatch");
      x.writeEndElement();
      text(x, "generator", "TruceWatch");
      for (Entry e : entries) {
        Incident i = e.incident();
        x.writeStartElement("entry");
        text(x, "id", "urn:trucewatch:incident:" + i.id());
        text(x, "title", IncidentText.title(i));
        text(x, "updated", e.updated().toString());
        link(x, "alternate", base + "/incident.html?id=" + java.net.URLEncoder.encode(i.id(),
            java.nio.charset.StandardCharsets.UTF_8), "text/html");
        x.writeEmptyElement("category");
        x.writeAttribute("term", i.standing().name().toLowerCase(Locale.ROOT));
        x.writeAttribute("label", "standing");
        String sources = e.outlets().isEmpty() ? "" : " (" + String.join(", ", e.outlets()) + ")";
        text(x, "summary", IncidentText.summary(i) + sources);
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return out.toString();
  }

  /** An incident with when it was last learnt of and the outlets that carried it. */
  private record Entry(Incident incident, Instant updated, Set<String> outlets) {}

  private Entry entry(Incident i) {
    Instant updated = null;
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    for (StoredEvent e : store.events(i.mentions())) {
      articles.add(e.event().article());
    }
    for (String id : articles) {
      StoredArticle a = store.article(id).orElse(null);
      if (a == null) {
        continue;
      }
      if (a.article().outlet() != null) {
        outlets.add(a.article().outlet());
      }
      Instant t = a.ingestedAt() == null ? null : Instant.parse(a.ingestedAt());
      updated = t != null && (updated == null || t.isAfter(updated)) ? t : updated;
    }
    if (updated == null) {
      // an incident of field reports only: its own day
      updated = i.date() == null ? Instant.EPOCH : Instant.parse(i.date() + "T00:00:00Z");
    }
    return new Entry(i, updated, outlets);
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")); // not allowed in XML
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }
}
