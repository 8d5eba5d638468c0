/**
 * Values shared by every module: ids and verdicts (JDK only). The result vocabulary is in {@code result}.
 * Knows nothing of TLC, LLMs or storage.
 */
package org.sysmobench.model;
