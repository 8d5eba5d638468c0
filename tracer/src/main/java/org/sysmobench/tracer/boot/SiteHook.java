package org.sysmobench.tracer.boot;

import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The method a woven call site delegates to after the original call returned. The annotations tell
 * ByteBuddy what to pass; they are read from the class file while weaving and never resolved at run
 * time, so this class stays loadable by the bootstrap loader.
 */
public final class SiteHook {
  private SiteHook() {}

  public static Object afterCall(
      @ProbeId int probe,
      @MemberSubstitution.This(source = MemberSubstitution.Source.ENCLOSING_METHOD, optional = true) Object enclosing,
      @MemberSubstitution.This(source = MemberSubstitution.Source.SUBSTITUTED_ELEMENT, optional = true) Object receiver,
      @MemberSubstitution.AllArguments(source = MemberSubstitution.Source.SUBSTITUTED_ELEMENT) Object[] args,
      @MemberSubstitution.Current(typing = Assigner.Typing.DYNAMIC) Object returned) {
    return Dispatch.callReturned(probe, enclosing, receiver, args, returned);
  }

  /** For calls of {@code void} methods, which have no current value to pass on. */
  public static void afterVoidCall(
      @ProbeId int probe,
      @MemberSubstitution.This(source = MemberSubstitution.Source.ENCLOSING_METHOD, optional = true) Object enclosing,
      @MemberSubstitution.This(source = MemberSubstitution.Source.SUBSTITUTED_ELEMENT, optional = true) Object receiver,
      @MemberSubstitution.AllArguments(source = MemberSubstitution.Source.SUBSTITUTED_ELEMENT) Object[] args) {
    Dispatch.callReturned(probe, enclosing, receiver, args, null);
  }
}
