package org.trucewatch.store;

/** The two databases a store can live in; each names the migration folder that holds its own SQL. */
enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String vendorFolder;

  Dialect(String vendorFolder) {
    this.vendorFolder = vendorFolder;
  }

  String vendorFolder() {
    return vendorFolder;
  }
}
