package org.sysmobench.tracer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanParserTest {

  @Test
  void parsesTheFixturePlan() {
    InstrumentationPlan plan = PlanParser.parse(Path.of("src/test/resources/node.yaml"));
    ClassTarget node = plan.classes().get(0);
    assertThat(node.className()).isEqualTo("org.sysmobench.tracer.fixture.Node");
    assertThat(node.methods()).extracting(m -> m.event().orElse("-")).containsExactly("SetState", "Send", "Drained", "Failed", "-", "Tick");
    assertThat(node.methods().get(4).bindThreadNode()).isTrue();
    assertThat(node.methods().get(5).node().orElseThrow().root()).isEqualTo(ValuePath.Root.THREAD_NODE);
    MethodProbe send = node.methods().get(1);
    assertThat(send.phase()).isEqualTo(Phase.ENTRY);
    assertThat(send.captures().keySet()).containsExactly("to", "payload", "epoch", "counter", "hex");
    assertThat(send.captures().get("epoch").transforms()).containsExactly(ValuePath.Transform.HI32);
    assertThat(send.captures().get("to").members()).containsExactly(new ValuePath.Member("getId", true));
    CallSiteProbe receive = node.callSites().get(0);
    assertThat(receive.receiverField()).contains("inbox");
    assertThat(receive.when()).isEqualTo(ResultFilter.NON_NULL);
    assertThat(plan.recordThread()).isFalse();
    assertThat(plan.node().text()).isEqualTo("thread.getName()");
  }

  private static void rejects(String yaml, String message) {
    assertThatThrownBy(() -> PlanParser.parse("f.yaml", yaml)).isInstanceOf(InvalidPlanException.class).hasMessageContaining(message);
  }

  private static final String M = "classes:\n  - class: a.B\n    methods:\n      - ";

  @Test
  void explainsEveryKindOfMistakeWithTheEntry() {
    rejects("classes: [", "f.yaml: not valid YAML at line 1");
    rejects("- a", "f.yaml: expected a mapping, found a list");
    rejects("classes: []\nclasses: []", "f.yaml: not valid YAML at line 2");
    rejects("classes: []\nclasses: []", "duplicate key 'classes'");
    rejects("node: this.x", "f.yaml: missing required key 'classes'");
    rejects("classes: []", "f.yaml: classes: no classes to instrument");
    rejects("clases: []", "f.yaml: unknown key 'clases' (allowed: classes, meta, node, recordThread, threads)");
    rejects("classes:\n  - class: a.B\n", "f.yaml: classes[0]: class a.B has no methods and no callSites to record");
    rejects("classes:\n  - class: a/B\n    methods: []\n", "f.yaml: classes[0].class: 'a/B' is not a binary class name");
    rejects(M + "{method: m, at: later, event: E}", "f.yaml: classes[0].methods[0].at: must be 'entry' or 'exit', not 'later'");
    rejects(M + "{method: m, at: entry}", "f.yaml: classes[0].methods[0]: missing required key 'event'");
    rejects(M + "{method: m, at: entry, bindThreadNode: true, capture: {a: arg0}}", "classes[0].methods[0].capture: a probe without an event records nothing");
    rejects(M + "{method: m, at: entry, event: E, arity: -1}", "classes[0].methods[0].arity: must be a non-negative integer");
    rejects(M + "{method: m, at: entry, event: E, when: nonNull}", "classes[0].methods[0].when: only meaningful with at: exit");
    rejects(M + "{method: m, at: entry, event: E, capture: {r: return}}", "classes[0].methods[0].capture.r: 'return' is not available at entry");
    rejects(M + "{method: m, at: exit, event: E, capture: {r: that.x}}", "classes[0].methods[0].capture.r: expression 'that.x' must start with this, argN, return, receiver, thread, threadNode or a 'quoted literal'");
    rejects(M + "{method: m, at: exit, event: E, capture: {r: this.x | hi64}}", "unknown transform 'hi64'");
    rejects(M + "{method: m, at: exit, event: E, capture: {seq: this.x}}", "capture.seq: field name 'seq' is reserved");
    rejects(M + "{method: m, at: exit, event: E, capture: {r: this.a-b}}", "'a-b' is not a field name");
    rejects("threads: '('\n" + M + "{method: m, at: exit, event: E}", "f.yaml: threads: invalid regular expression");
    rejects("classes:\n  - class: a.B\n    callSites:\n      - {in: m, call: poll, when: sometimes, event: E}", "classes[0].callSites[0].when: must be any, nonNull or null");
  }

  @Test
  void quotedTextIsALiteral() {
    ValuePath p = ValuePath.parse("'harness' | string");
    assertThat(p.root()).isEqualTo(ValuePath.Root.LITERAL);
    assertThat(p.literal()).isEqualTo("harness");
    assertThat(p.transforms()).containsExactly(ValuePath.Transform.STRING);
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> PlanParser.parse(Path.of("nope.yaml"))).hasMessage("instrumentation file not found: nope.yaml");
  }
}
