package org.sysmobench.tasks;

import java.util.List;

/**
 * Where a task's source files come from. Every kind names files by path inside the origin and pins
 * each by SHA-256; the materializer downloads or copies once into a cache and verifies on every use.
 */
public sealed interface SourceOrigin {

  /** The pinned files taken from this origin. */
  List<PinnedFile> files();

  /** A short human description for listings and error messages. */
  String describe();

  /** A sources jar from a Maven repository ({@code group:artifact:version}, classifier {@code sources}). */
  record MavenSources(String groupId, String artifactId, String version, List<PinnedFile> files)
      implements SourceOrigin {
    public MavenSources {
      files = List.copyOf(files);
    }

    @Override
    public String describe() {
      return "maven-sources " + groupId + ":" + artifactId + ":" + version;
    }
  }

  /**
   * A Debian package at an exact version; paths are inside the unpacked package.
   *
   * @param suite the Debian suite to fetch it from (e.g. {@code trixie}) through a private apt
   *     configuration, for a version the machine's own apt sources do not serve; empty for those sources
   */
  record Debian(String packageName, String version, String suite, List<PinnedFile> files) implements SourceOrigin {
    public Debian {
      files = List.copyOf(files);
    }

    /** A package the machine's own apt sources serve. */
    public Debian(String packageName, String version, List<PinnedFile> files) {
      this(packageName, version, "", files);
    }

    @Override
    public String describe() {
      return "debian " + packageName + "=" + version + (suite.isEmpty() ? "" : " (" + suite + ")");
    }
  }

  /** A git repository at a commit; works where the network reaches the repository's host. */
  record Git(String url, String commit, List<PinnedFile> files) implements SourceOrigin {
    public Git {
      files = List.copyOf(files);
    }

    @Override
    public String describe() {
      return "git " + url + "@" + commit;
    }
  }

  /** A folder on this machine, relative to the task folder or absolute. */
  record Local(String folder, List<PinnedFile> files) implements SourceOrigin {
    public Local {
      files = List.copyOf(files);
    }

    @Override
    public String describe() {
      return "local " + folder;
    }
  }
}
