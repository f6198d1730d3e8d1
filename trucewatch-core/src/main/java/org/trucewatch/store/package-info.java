/**
 * Storage: articles, rejections, events with their claims and evidence, incidents, the ceasefire register and field
 * reports in a relational database, searchable in full text.
 *
 * <p>The API is {@link org.trucewatch.store.Store}, opened by {@link org.trucewatch.store.JdbcStore#open(String)} on a
 * file path (SQLite, the default) or a {@code jdbc:postgresql://} URL; every failure to open, read or write is a
 * {@link org.trucewatch.store.StoreException} that names the location. Write throughput is measured by
 * {@code org.trucewatch.bench.StoreBenchmark} in trucewatch-bench.
 *
 * <p>Inside, {@code StoreLocation} parses the location, {@code ConnectionPools} holds the connections,
 * {@code Migrations} runs Flyway over {@code migration/common} and the dialect's folder, {@code JdbcTx} is a unit of
 * work, the {@code *Rows} classes map records to rows through {@code Sql}'s prepared statements, and
 * {@code FullTextSearch} queries FTS5 or {@code tsvector} indexes, with {@code SearchSyntax} making the plain search
 * syntax safe for FTS5.
 */
package org.trucewatch.store;
