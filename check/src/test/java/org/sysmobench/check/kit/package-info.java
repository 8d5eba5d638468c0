/**
 * What task tests share, published to the system harness modules as this module's test-jar: the task
 * test kit (one engine per test JVM) and the tests every traced task passes.
 */
package org.sysmobench.check.kit;
