package syntax

import "testing"

// TestPerfectParticiple holds the participle whose auxiliary is itself a
// participle ("Having visited Argentina, the president flew to Chile",
// "Having been arrested by police, the activist"): it is as non-finite as
// a bare participle, so it opens a participial clause whose subject is
// the main clause's, and the main clause after the comma stays main.
func TestPerfectParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "having, an object", text: "Having accused India of meddling, Pakistan recalled its envoy.",
			rels: []string{"subj(Having accused, Pakistan)", "obj(Having accused, India)"}},
		{name: "having, a place", text: "Having visited Argentina, the Brazilian president flew to Chile.",
			clauses: "participial main", rels: []string{"subj(Having visited, the Brazilian president)", "obj(Having visited, Argentina)", "subj(flew, the Brazilian president)"}},
		{name: "having, a plural subject", text: "Having seized the town, the rebels shelled the airport.",
			clauses: "participial main", rels: []string{"subj(Having seized, the rebels)", "obj(Having seized, the town)", "obj(shelled, the airport)"}},
		{name: "having been, a passive", text: "Having been released by the army, the journalists left Mali.",
			clauses: "participial main", rels: []string{"subj(left, the journalists)", "obj(left, Mali)"}, absent: []string{"obj(Having been released, the journalists)"}},
		{name: "having, after a time", text: "On Monday, having met the Iranian envoy, the emir flew to Paris.",
			rels: []string{"subj(having met, the emir)", "obj(having met, the Iranian envoy)"}},
	})
}
