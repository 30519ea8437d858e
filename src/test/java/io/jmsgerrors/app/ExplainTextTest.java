package io.jmsgerrors.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmsgerrors.catalog.CatalogEntry;
import io.jmsgerrors.catalog.Category;
import io.jmsgerrors.catalog.Platform;
import io.jmsgerrors.catalog.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTextTest {
  @Test
  void shouldNameTheOtherPlatformsOfACodeAfterTheChosenOne() {
    CatalogEntry e = new CatalogEntry(871001, Platform.IOS_RTC, "", "网络错误", Category.RTC, Source.CURRENT, null);

    String text = ExplainCommand.text(e, List.of(Platform.IOS_RTC, Platform.ANDROID, Platform.WEB));

    assertThat(text).startsWith("871001  (no English text)\n  网络错误\n")
        .contains("  platform:  ios-rtc  (also defined on: android, web)\n")
        .contains("  hint:      " + Category.RTC.hint());
  }
}
