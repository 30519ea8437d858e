package io.jmsgerrors.catalog.build;

import static io.jmsgerrors.catalog.Category.RATE_LIMIT;
import static io.jmsgerrors.catalog.Category.RTC;
import static io.jmsgerrors.catalog.Category.SERVER;

import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import java.util.List;
import java.util.Locale;

/**
 * Assigns each code its category, first match wins: the video-call platforms are {@code rtc};
 * then the explicit rules of {@link CategoryTable} for single codes; then the text rules (rate
 * limits and server failures, whatever their range); then the range rules of {@link
 * CategoryTable}. A code no rule matches is {@link Category#UNKNOWN}, which the build refuses.
 */
public final class CategoryRules {
  private static final List<String> RATE_LIMIT_TEXTS = List.of("frequency limit", "频率");
  private static final List<String> SERVER_TEXTS = List.of(
      "internal error", "system error", "time out, please try again", "内部错误", "服务器系统错误", "系统繁忙");

  private CategoryRules() {}

  public static Category categorize(int code, Platform platform, String message, String description) {
    if (platform == Platform.ANDROID_RTC || platform == Platform.IOS_RTC) {
      return RTC;
    }
    Category single = CategoryTable.match(CategoryTable.SINGLE, code, platform);
    if (single != null) {
      return single;
    }
    String text = (message + " " + description).toLowerCase(Locale.ROOT);
    if (RATE_LIMIT_TEXTS.stream().anyMatch(text::contains)) {
      return RATE_LIMIT;
    }
    if (SERVER_TEXTS.stream().anyMatch(text::contains)) {
      return SERVER;
    }
    Category ranged = CategoryTable.match(CategoryTable.RANGES, code, platform);
    return ranged == null ? Category.UNKNOWN : ranged;
  }

}
