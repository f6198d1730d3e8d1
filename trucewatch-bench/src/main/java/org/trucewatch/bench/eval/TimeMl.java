package org.trucewatch.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trucewatch.resolve.time.TemporalAnchor;

/**
 * Reads a TimeML (TempEval-3) document: the text of its {@code TEXT} element with every tag stripped, the gold
 * TIMEX3s as character offsets into that text, and the document creation time (the TIMEX3 whose
 * {@code functionInDocument} is {@code CREATION_TIME}). DTDs and external entities are not read.
 */
final class TimeMl {

  /** A gold time expression. */
  record Timex(int start, int end, String text, String type, String value) {}

  /** A document: its id, creation time value, text and gold expressions. */
  record Document(String id, String creationTime, String text, List<Timex> timexes) {

    /** The creation time as an anchor. */
    TemporalAnchor anchor() {
      return TemporalAnchor.parse(creationTime.length() > 16 ? creationTime.substring(0, 16) : creationTime);
    }
  }

  private TimeMl() {}

  /**
   * Reads one {@code .tml} file.
   *
   * @throws IOException naming the file when it cannot be read or is not TimeML with a creation time and a TEXT
   */
  static Document read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      List<Timex> timexes = new ArrayList<>();
      String id = file.getFileName().toString();
      String creationTime = null;
      boolean inText = false;
      boolean inDocId = false;
      int timexStart = -1;
      String type = null;
      String value = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DOCID")) {
            inDocId = true;
          } else if (name.equals("TIMEX3")) {
            if ("CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
              creationTime = r.getAttributeValue(null, "value");
            } else if (inText) {
              timexStart = text.length();
              type = r.getAttributeValue(null, "type");
              value = r.getAttributeValue(null, "value");
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DOCID")) {
            inDocId = false;
          } else if (name.equals("TIMEX3") && timexStart >= 0) {
            timexes.add(new Timex(timexStart, text.length(), text.substring(timexStart), type, value));
            timexStart = -1;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inText) {
            text.append(r.getText());
          } else if (inDocId) {
            id = r.getText().strip();
          }
        }
      }
      if (creationTime == null || text.length() == 0) {
        throw new IOException(file + ": no document creation time or no TEXT element");
      }
      return new Document(id, creationTime, text.toString(), List.copyOf(timexes));
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
