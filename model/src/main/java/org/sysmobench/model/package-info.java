/**
 * Values shared by every module: ids, verdicts, scores. JDK only; knows nothing of TLC, LLMs or storage.
 */
package org.sysmobench.model;
