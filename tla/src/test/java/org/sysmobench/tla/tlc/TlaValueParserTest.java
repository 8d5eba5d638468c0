package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlaValueParserTest {

  @Test
  void scalars() {
    assertThat(TlaValueParser.parse("-3")).isEqualTo(TlaValue.Int.of(-3));
    assertThat(TlaValueParser.parse("123456789012345678901234567890"))
        .isEqualTo(new TlaValue.Int(new BigInteger("123456789012345678901234567890")));
    assertThat(TlaValueParser.parse("\"he said \\\"hi\\\"\"")).isEqualTo(new TlaValue.Str("he said \"hi\""));
    assertThat(TlaValueParser.parse("TRUE")).isEqualTo(new TlaValue.Bool(true));
    assertThat(TlaValueParser.parse("p1")).isEqualTo(new TlaValue.ModelValue("p1"));
  }

  @Test
  void collections() {
    assertThat(TlaValueParser.parse("<<1, \"a\", <<>>, {}>>")).isEqualTo(new TlaValue.Seq(List.of(TlaValue.Int.of(1),
        new TlaValue.Str("a"), new TlaValue.Seq(List.of()), new TlaValue.SetValue(List.of()))));
    assertThat(TlaValueParser.parse("[b |-> {A, B}, a |-> 1]")).isEqualTo(new TlaValue.Rec(Map.of(
        "b", new TlaValue.SetValue(List.of(new TlaValue.ModelValue("A"), new TlaValue.ModelValue("B"))),
        "a", TlaValue.Int.of(1))));
    TlaValue f = TlaValueParser.parse("(A :> TRUE @@ B :> <<1>>)");
    assertThat(f).isEqualTo(new TlaValue.Fcn(List.of(
        new TlaValue.Mapping(new TlaValue.ModelValue("A"), new TlaValue.Bool(true)),
        new TlaValue.Mapping(new TlaValue.ModelValue("B"), new TlaValue.Seq(List.of(TlaValue.Int.of(1)))))));
    assertThat(f.render()).isEqualTo("(A :> TRUE @@ B :> <<1>>)");
  }

  @Test
  void multiLineValuesAndRoundTrip() {
    String text = "[ a |-> 1,\n  b |-> << \"x\",\n          \"y\" >> ]";
    TlaValue v = TlaValueParser.parse(text);
    assertThat(v).isInstanceOf(TlaValue.Rec.class);
    assertThat(TlaValueParser.parse(v.render())).isEqualTo(v);
  }

  @Test
  void unknownSyntaxIsKeptRaw() {
    assertThat(TlaValueParser.parse("[x \\in S |-> x + 1]")).isEqualTo(new TlaValue.Raw("[x \\in S |-> x + 1]"));
    assertThat(TlaValueParser.parse("1..3")).isEqualTo(new TlaValue.Raw("1..3"));
    assertThat(TlaValueParser.parse("{1, 2")).isEqualTo(new TlaValue.Raw("{1, 2"));
  }
}
