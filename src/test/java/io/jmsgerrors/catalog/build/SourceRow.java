package io.jmsgerrors.catalog.build;

import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;

/**
 * One row of one source table, texts as the table has them (tags stripped, trimmed).
 *
 * @param file the table it comes from, relative to the shared folder
 */
public record SourceRow(
    int code, Platform platform, Source source, String message, String description, String file) {}
