package io.jmsgerrors.catalog;

import java.util.Objects;

/**
 * One meaning of one JMessage error code on one platform.
 *
 * @param code the numeric code as it appears in logs
 * @param platform the platform whose table defines it
 * @param message the English message, verbatim from the table (may be empty)
 * @param description the Chinese description, verbatim from the table (may be empty)
 * @param category the category, never {@code null}
 * @param source whether the code is in a current table, only an older one, or none
 * @param hint what an operator should do; the category's hint when the table says nothing more
 */
public record CatalogEntry(
    int code,
    Platform platform,
    String message,
    String description,
    Category category,
    Source source,
    String hint) {

  public CatalogEntry {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    message = message == null ? "" : message;
    description = description == null ? "" : description;
    hint = hint == null || hint.isBlank() ? category.hint() : hint;
  }
}
