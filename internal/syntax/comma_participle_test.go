package syntax

import "testing"

// TestCommaParticiple: a participle after a comma at the end of a clause
// ("..., killing six") tells more of the act of the clause it closes, so
// its subject is that clause's; it passes over a participle that only
// says which of a noun's referents is meant ("buses carrying students")
// and over a relative clause set off by commas (", who were going home,").
func TestCommaParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "past a noun's participle", text: "Soldiers fired on cars carrying refugees, killing four people.",
			rels: []string{"subj(killing, Soldiers)", "subj(carrying, cars)"}},
		{name: "past a noun's participle, present", text: "Gunmen attack a truck carrying aid workers, wounding two.",
			rels: []string{"subj(wounding, Gunmen)"}},
		{name: "past a relative set off by commas", text: "Police charged the marchers, who had gathered outside parliament, injuring dozens.",
			rels: []string{"subj(injuring, Police)", "subj(had gathered, the marchers)"}},
		{name: "past both", text: "Troops shelled boats carrying fishermen, who were returning to port, sinking three.",
			rels: []string{"subj(sinking, Troops)"}},
		{name: "no comma: the noun's own participle", text: "Rebels ambushed a convoy carrying soldiers returning from leave.",
			rels: []string{"subj(carrying, a convoy)"}},
		{name: "a restrictive relative keeps it", text: "They praised the men who rescued the hostages, saving many lives.",
			rels: []string{"subj(saving, the men)"}},
	})
}
