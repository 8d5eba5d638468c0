package org.sysmobench.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void roundTripsEveryValueKind() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "a\"b\\c\n\t\u0001é€");
    m.put("t", true);
    m.put("n", Long.MIN_VALUE);
    m.put("x", Long.MAX_VALUE);
    m.put("l", List.of(1L, "two", List.of(), Map.of()));
    m.put("z", null);
    String text = Json.write(m);
    assertThat(text).contains("\\u0001").contains("é€");
    assertThat(Json.parse(text)).isEqualTo(m);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) Json.parse(text)).keySet())).containsExactly("s", "t", "n", "x", "l", "z");
  }

  @Test
  void keepsSixtyFourBitIntegersExact() {
    assertThat(Json.parse("9007199254740993")).isEqualTo(9007199254740993L);
    assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void parsesEscapesAndWhitespace() {
    assertThat(Json.parse(" { \"a\" : [ 1 , -2 ] , \"b\":\"\\u00e9\\/\" } ")).isEqualTo(Map.of("a", List.of(1L, -2L), "b", "é/"));
  }

  @Test
  void rejectsWhatTheSchemaCannotHoldWithAColumn() {
    assertThatThrownBy(() -> Json.parse("{\"a\":1.5}")).hasMessageContaining("non-integer").hasMessageContaining("column 7");
    assertThatThrownBy(() -> Json.parse("92233720368547758070")).hasMessageContaining("64-bit range");
    assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate key");
    assertThatThrownBy(() -> Json.parse("[1,2")).isInstanceOfSatisfying(Json.JsonSyntaxException.class, e -> assertThat(e.atEnd()).isTrue());
    assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("after the JSON value");
    assertThatThrownBy(() -> Json.parse("01")).hasMessageContaining("leading zero");
    assertThatThrownBy(() -> Json.parse("\"a\\q\"")).hasMessageContaining("invalid escape");
    assertThatThrownBy(() -> Json.parse("[".repeat(100))).hasMessageContaining("nesting");
    assertThatThrownBy(() -> Json.write(1.5)).hasMessageContaining("java.lang.Double");
  }
}
