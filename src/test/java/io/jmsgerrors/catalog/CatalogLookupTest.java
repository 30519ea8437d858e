package io.jmsgerrors.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLookupTest {
  private static final CatalogEntry SERVER_CURRENT = entry(871001, Platform.SERVER, Source.CURRENT);
  private static final CatalogEntry IOS_RTC = entry(871001, Platform.IOS_RTC, Source.CURRENT);
  private static final CatalogEntry WEB_CURRENT = entry(871001, Platform.WEB, Source.CURRENT);
  private static final CatalogEntry ANDROID_HISTORICAL = entry(871001, Platform.ANDROID, Source.HISTORICAL);
  private static final CatalogEntry IOS_UNDOCUMENTED = entry(871001, Platform.IOS, Source.UNDOCUMENTED);

  private final Catalog catalog =
      Catalog.of(List.of(ANDROID_HISTORICAL, IOS_UNDOCUMENTED, WEB_CURRENT, IOS_RTC, SERVER_CURRENT));

  @Test
  void shouldUseTheEntryOfTheGivenPlatform() {
    assertThat(catalog.lookup(871001, Platform.ANDROID)).contains(ANDROID_HISTORICAL);
    assertThat(catalog.lookup(871001, Platform.WEB)).contains(WEB_CURRENT);
    assertThat(catalog.lookup(871001, Platform.IOS_RTC)).contains(IOS_RTC);
  }

  @Test
  void shouldPreferTheVideoCallSiblingOfThePlatform() {
    Catalog twoMeanings = Catalog.of(List.of(SERVER_CURRENT, IOS_RTC));

    assertThat(twoMeanings.lookup(871001, Platform.IOS)).contains(IOS_RTC);
    assertThat(twoMeanings.lookup(871001, Platform.ANDROID)).contains(SERVER_CURRENT);
  }

  @Test
  void shouldFallBackToTheServerThenCurrentThenUndocumentedThenHistoricalWhenThePlatformIsUnknown() {
    assertThat(catalog.lookup(871001, Platform.UNKNOWN)).contains(SERVER_CURRENT);
    assertThat(catalog.lookup(871001, null)).contains(SERVER_CURRENT);
    assertThat(Catalog.of(List.of(ANDROID_HISTORICAL, IOS_UNDOCUMENTED, WEB_CURRENT)).lookup(871001, null))
        .contains(WEB_CURRENT);
    assertThat(Catalog.of(List.of(ANDROID_HISTORICAL, IOS_UNDOCUMENTED)).lookup(871001, Platform.UNKNOWN))
        .contains(IOS_UNDOCUMENTED);
    assertThat(Catalog.of(List.of(ANDROID_HISTORICAL)).lookup(871001, Platform.WEB))
        .contains(ANDROID_HISTORICAL);
  }

  @Test
  void shouldListEveryPlatformOfACodeTheChosenOneFirst() {
    assertThat(catalog.platformsFor(871001, Platform.WEB))
        .containsExactly(Platform.WEB, Platform.SERVER, Platform.IOS_RTC, Platform.IOS, Platform.ANDROID);
    assertThat(catalog.platformsFor(871001, Platform.UNKNOWN).get(0)).isEqualTo(Platform.SERVER);
    assertThat(catalog.platformsFor(42, Platform.UNKNOWN)).isEmpty();
  }

  @Test
  void shouldFindNothingForAnUnknownCode() {
    assertThat(catalog.lookup(123456, Platform.SERVER)).isEmpty();
    assertThat(catalog.contains(123456)).isFalse();
    assertThat(catalog.entriesFor(123456)).isEmpty();
  }

  @Test
  void builtInCatalogShouldFallBackFromAClientPlatformToTheServerTable() {
    Catalog builtIn = Catalog.builtIn();

    assertThat(builtIn.lookup(803010, Platform.ANDROID).orElseThrow().platform()).isEqualTo(Platform.SERVER);
    assertThat(builtIn.lookup(871001, Platform.UNKNOWN).orElseThrow().platform()).isEqualTo(Platform.IOS_RTC);
    assertThat(builtIn.lookup(871101, Platform.IOS).orElseThrow().platform()).isEqualTo(Platform.ANDROID);
    assertThat(builtIn.lookup(880103, null).orElseThrow().message()).isEqualTo("user not exist");
  }

  @Test
  void findShouldChooseWhatTheDocumentedOrderChoosesForEveryCodeAndPlatform() {
    CatalogEntry serverHistorical = entry(871001, Platform.SERVER, Source.HISTORICAL);
    CatalogEntry secondServerCurrent = new CatalogEntry(871001, Platform.SERVER, "second", "", Category.CLIENT,
        Source.CURRENT, null);
    List<Catalog> catalogs = List.of(Catalog.builtIn(), catalog,
        Catalog.of(List.of(serverHistorical, ANDROID_HISTORICAL, SERVER_CURRENT, secondServerCurrent)),
        Catalog.of(List.of()));
    List<Platform> wanted = new ArrayList<>(List.of(Platform.values()));
    wanted.add(null);
    for (Catalog c : catalogs) {
      for (CatalogEntry any : c.entries()) {
        for (Platform p : wanted) {
          CatalogEntry expected = firstOfLowestRank(c.entriesFor(any.code()), p);
          assertThat(c.find(any.code(), p)).as("%d on %s", any.code(), p).isSameAs(expected);
          assertThat(c.lookup(any.code(), p)).containsSame(expected);
        }
      }
      assertThat(c.find(123456, Platform.SERVER)).isNull();
      assertThat(c.find(0, null)).isNull();
    }
  }

  /** The order of {@link Catalog#lookup}'s documentation, spelled out independently of Catalog. */
  private static CatalogEntry firstOfLowestRank(List<CatalogEntry> candidates, Platform wanted) {
    return candidates.stream().min(Comparator.comparingInt(e -> {
      boolean known = wanted != null && wanted != Platform.UNKNOWN;
      Platform sibling = wanted == null ? null : switch (wanted) {
        case ANDROID -> Platform.ANDROID_RTC;
        case ANDROID_RTC -> Platform.ANDROID;
        case IOS -> Platform.IOS_RTC;
        case IOS_RTC -> Platform.IOS;
        default -> null;
      };
      int tier;
      if (known && e.platform() == wanted) {
        tier = 0;
      } else if (e.platform() == sibling) {
        tier = 1;
      } else if (e.platform() == Platform.SERVER && e.source() == Source.CURRENT) {
        tier = 2;
      } else {
        tier = 3 + switch (e.source()) {
          case CURRENT -> 0;
          case UNDOCUMENTED -> 1;
          case HISTORICAL -> 2;
        };
      }
      return tier * 100 + e.platform().ordinal();
    })).orElseThrow();
  }

  private static CatalogEntry entry(int code, Platform platform, Source source) {
    return new CatalogEntry(code, platform, platform.id() + " " + source.id(), "", Category.CLIENT, source, null);
  }
}
