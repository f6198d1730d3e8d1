package org.trucewatch.resolve.geo;

import java.io.Reader;
import org.trucewatch.internal.Validate;

/**
 * Area rows from outside the embedded resources (a conflict profile's named areas), in the {@code areas.tsv} format:
 * id, name, names (|), precision, feature code, country, admin1 code, lat, lon, flags, source. The reader is read once
 * by {@link Gazetteer#load(java.util.List)} and closed there.
 *
 * @param name what messages call the source ("profile ua-ru: areas.tsv")
 * @param reader the rows
 */
public record AreaSource(String name, Reader reader) {

  public AreaSource {
    Validate.notBlank(name, "name");
    Validate.notNull(reader, "reader");
  }
}
