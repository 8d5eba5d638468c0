package org.sysmobench.model.result;

/**
 * A score under each scoring profile: every phase and every evaluation is scored under both, from the
 * same figures, so reports can show the sound score next to the one comparable with the published
 * leaderboard.
 *
 * @param sound under {@link ScoringProfile#SOUND}
 * @param paper under {@link ScoringProfile#PAPER}
 */
public record Scores(double sound, double paper) {
  public static final Scores ZERO = new Scores(0, 0);

  public Scores {
    check(sound);
    check(paper);
  }

  /** The same score under both profiles. */
  public static Scores both(double score) {
    return new Scores(score, score);
  }

  public double get(ScoringProfile profile) {
    return profile == ScoringProfile.SOUND ? sound : paper;
  }

  private static void check(double s) {
    if (!(s >= 0 && s <= 1)) {
      throw new IllegalArgumentException("a score must be in [0, 1], got " + s);
    }
  }
}
