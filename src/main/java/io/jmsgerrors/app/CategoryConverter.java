package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Category;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a {@code --category} value (a category id such as {@code rate-limit}) to a {@link Category}. */
public final class CategoryConverter implements ITypeConverter<Category> {
  @Override
  public Category convert(String value) {
    return Category.fromId(value).orElseThrow(() -> new TypeConversionException("unknown category '" + value
        + "' (choose one of " + Arrays.stream(Category.values()).map(Category::id).collect(Collectors.joining(", "))
        + ")"));
  }
}
