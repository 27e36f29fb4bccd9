package syntax

import "testing"

// TestVehicleCompound: a noun-or-verb word between a name and a noun, whose
// own past verb follows with its object, is the first part of a compound
// ("Air Force transport planes dropped food"), not the name's present verb;
// a present verb with an object and no later verb stays one.
func TestVehicleCompound(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "air force transport planes dropped", text: "U.S. Air Force transport planes dropped food to Kurdish refugees on Sunday.",
			tags: []string{"transport/NN", "planes/NNS", "dropped/VBD"}, rels: []string{"subj(dropped, U.S. Air Force transport planes)"}},
		{name: "navy supply ships delivered", text: "Royal Navy supply ships delivered water to the island on Monday.",
			tags: []string{"supply/NN", "ships/NNS", "delivered/VBD"}},
		{name: "navy relief ships carried", text: "Indonesian Navy relief ships carried rice to Aceh on Monday.",
			tags: []string{"relief/NN", "carried/VBD"}},
		{name: "army supply convoys reached", text: "Kenyan Army supply convoys reached Mandera on Friday.",
			tags: []string{"supply/NN", "convoys/NNS", "reached/VBD"}},
		{name: "air force cargo aircraft flew", text: "The Royal Air Force transport aircraft flew tents to Nepal.",
			tags: []string{"transport/NN", "flew/VBD"}},
		{name: "guard: a plural name's verb with no later verb", text: "China and Russia supply weapons to Iran.",
			tags: []string{"supply/VBP"}},
		{name: "guard: a participle on the object is no verb of its own", text: "The rebels supply fighters trained in Libya.",
			tags: []string{"supply/VBP", "trained/VBN"}},
		{name: "guard: a plural subject's verb", text: "Hamas fighters attack Israeli towns.",
			tags: []string{"attack/VBP"}},
	})
}
