──── MODULE UniCounter ────
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLES x, seen
\* Comments keep their symbols: x ∈ ℕ ∧ ¬done
Init ≜ x = 0 ∧ seen = ⟨⟩
Inc ≜ ∧ x < N
      ∧ x' = x + 1
      ∧ seen' = Append(seen, "strings stay ASCII")
Reset ≜ x ≥ N ∧ x' = 0 ∧ UNCHANGED seen
Next ≜ Inc ∨ Reset
TypeOK ≜ x ∈ 0‥N ∧ ∀ i ∈ DOMAIN seen : seen[i] ≠ "" ⇒ TRUE
Map ≜ [i ∈ 1‥3 ↦ i × i]
Spec ≜ Init ∧ □[Next]_⟨x, seen⟩ ∧ ◇(x = 0)
════
