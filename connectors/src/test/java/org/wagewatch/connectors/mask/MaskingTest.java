package org.wagewatch.connectors.mask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wagewatch.connectors.feed.Feed;

/** Tests for {@link Masking}. */
class MaskingTest {

    @Test
    void shouldKeepTheFirstCharacterOfAName() {
        assertThat(Masking.name("张三丰")).isEqualTo("张*");
        assertThat(Masking.name("欧阳")).isEqualTo("欧*");
        assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷*");
        assertThat(Masking.name("张")).isEqualTo("张*");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void shouldKeepTheLastFourCharactersOfANumber() {
        assertThat(Masking.lastFour("110101199003074514")).isEqualTo("4514");
        assertThat(Masking.lastFour("11010119900307459X")).isEqualTo("459X");
        assertThat(Masking.lastFour("6222021234567890123")).isEqualTo("0123");
        assertThat(Masking.lastFour("123")).isEqualTo("123");
        assertThat(Masking.lastFour(null)).isNull();
    }

    @Test
    void shouldMaskPersonalFieldsInARejectedWorkerRecord() {
        String raw = "{\"workerId\":\"W1\",\"name\" : \"张三丰\",\"idNumber\":\"110101199003074515\","
                + "\"bankCardNo\":\"6222021234567890123\",\"wageRate\":-1}";

        String masked = Masking.rawRecord(Feed.WORKERS, raw);

        assertThat(masked).isEqualTo("{\"workerId\":\"W1\",\"name\" : \"张*\",\"idNumber\":\"4515\","
                + "\"bankCardNo\":\"0123\",\"wageRate\":-1}");
    }

    @Test
    void shouldMaskEscapedAndCutOffNames() {
        assertThat(Masking.rawRecord(Feed.WORKERS, "{\"name\":\"\\u5f20\\u4e09\"}")).isEqualTo("{\"name\":\"\\u5f20*\"}");
        assertThat(Masking.rawRecord(Feed.WORKERS, "{\"workerId\":\"W1\",\"name\":\"张三")).isEqualTo("{\"workerId\":\"W1\",\"name\":\"张*");
    }

    @Test
    void shouldMaskLongNumbersUnderAnyKeyOrNone() {
        assertThat(Masking.rawRecord(Feed.PAYROLL, "{\"card\":\"6222021234567890123\"} 11010119900307459X"))
                .isEqualTo("{\"card\":\"0123\"} 459X");
        assertThat(Masking.rawRecord(Feed.ATTENDANCE, "{\"eventId\":\"E-12345678901\"}"))
                .isEqualTo("{\"eventId\":\"E-12345678901\"}");
    }

    @Test
    void shouldKeepProjectNamesInTheProjectsFeed() {
        assertThat(Masking.rawRecord(Feed.PROJECTS, "{\"name\":\"滨江花园二期\",\"payDay\":31}"))
                .isEqualTo("{\"name\":\"滨江花园二期\",\"payDay\":31}");
    }
}
