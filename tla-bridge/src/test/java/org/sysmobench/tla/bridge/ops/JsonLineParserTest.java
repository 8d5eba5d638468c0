package org.sysmobench.tla.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLineParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '@', value = {
    "{\"a\":[true,\"x\"]}                       @ [a |-> <<TRUE, \"x\">>]",
    "  { \"n\" : -2147483648 }                   @ [n |-> -2147483648]",
    "{\"m\": 2147483647}                         @ [m |-> 2147483647]",
    "{}                                          @ []",
    "[]                                          @ <<>>",
    "[[1],[2,[3]]]                               @ <<<<1>>, <<2, <<3>>>>>>",
    "\"tab\\tquote\\\" u\\u0041\"                @ \"tab\\tquote\\\" uA\"",
    "false                                       @ FALSE",
  })
  void mapsJsonToTlcValues(String json, String tla) throws Exception {
    assertThat(JsonLineParser.parse(json.strip()).toString()).isEqualTo(tla.strip());
  }

  @Test
  void recordsAreEqualWhateverTheFieldOrder() throws Exception {
    assertThat(JsonLineParser.parse("{\"b\":1,\"a\":[2]}")).isEqualTo(JsonLineParser.parse("{\"a\":[2], \"b\":1}"));
    assertThat(JsonLineParser.parse("{\"b\":1,\"a\":[2]}")).isNotEqualTo(JsonLineParser.parse("{\"a\":[2], \"b\":2}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '@', value = {
    "{\"a\":{\"b\":[1, 2147483648]}}  @ field $.a.b[2] (column 15): the number 2147483648 does not fit",
    "{\"a\":-2147483649}              @ field $.a (column 6): the number -2147483649 does not fit",
    "{\"a\":null}                     @ field $.a (column 10): null is not a TLA+ value",
    "{\"a\":1.5}                      @ field $.a (column 6): fractional or exponent numbers",
    "{\"a\":1e3}                      @ field $.a (column 6): fractional or exponent numbers",
    "{\"a\":1,\"a\":2}                @ field $.a (column 13): duplicate field",
    "{\"a\":1} x                      @ field $ (column 9): unexpected text after the JSON value",
    "{\"a\":                          @ field $.a (end of line): unexpected end of line",
    "{\"a\":\"open                    @ field $.a (end of line): unterminated string",
  })
  void rejectsWithTheFieldPath(String json, String message) {
    assertThatThrownBy(() -> JsonLineParser.parse(json.strip()))
        .isInstanceOf(JsonLineParser.JsonValueException.class)
        .hasMessageStartingWith(message.strip());
  }
}
