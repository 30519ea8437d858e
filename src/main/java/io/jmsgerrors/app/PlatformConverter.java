package io.jmsgerrors.app;

import io.jmsgerrors.catalog.Platform;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a {@code --platform} value (a platform id such as {@code android-rtc}) to a {@link Platform}. */
public final class PlatformConverter implements ITypeConverter<Platform> {
  /** The ids a user may name: every platform but {@code unknown}. */
  public static final String CHOICES = Arrays.stream(Platform.values())
      .filter(p -> p != Platform.UNKNOWN)
      .map(Platform::id)
      .collect(Collectors.joining(", "));

  @Override
  public Platform convert(String value) {
    return Platform.fromId(value)
        .filter(p -> p != Platform.UNKNOWN)
        .orElseThrow(() -> new TypeConversionException(
            "unknown platform '" + value + "' (choose one of " + CHOICES + ")"));
  }
}
