package syntax

import "testing"

// TestApposAnd holds a subject set off by two descriptions joined by "and"
// or "or" right before its verb, the first opening with "the" or a
// possessor ("France, the former colonial power and Mali's main ally,
// suspended"): both describe the name (appositions), which is the verb's
// subject, not a list of three. A list of names, or one that no comma
// closes before its verb, stays a list.
func TestApposAnd(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the, then a possessor", text: "Ghana, the former colonial power and Togo's main trade partner, recalled its ambassador on Friday.",
			named: []string{"Ghana", "Togo", "ambassador"}, names: []string{"Ghana", "Togo"}, times: []string{"Friday"},
			rels:   []string{"subj(recalled, Ghana)", "appos(Ghana, the former colonial power)", "appos(Ghana, main trade partner)"},
			absent: []string{"conj(Ghana, the former colonial power)", "subj(recalled, main trade partner)"}},
		{name: "a possessor, then a bare description", text: "Britain, Jordan's oldest ally and largest aid donor, condemned the attack on Amman.",
			named: []string{"Britain", "Jordan", "Amman"}, names: []string{"Britain", "Jordan", "Amman"},
			rels:   []string{"subj(condemned, Britain)", "appos(Britain, oldest ally)", "appos(Britain, largest aid donor)"},
			absent: []string{"conj(oldest ally, largest aid donor)"}},
		{name: "two descriptions with of-phrases", text: "Rwanda, a close partner of Kampala and a member of the regional bloc, sent troops to Congo.",
			named: []string{"Rwanda", "Kampala", "troops", "Congo"}, names: []string{"Rwanda", "Kampala", "Congo"},
			rels:   []string{"subj(sent, Rwanda)", "appos(Rwanda, a member)"},
			absent: []string{"conj(Kampala, a member)", "subj(sent, a close partner)"}},
		{name: "a person, a possessor's title", text: "Amina Diallo, Senegal's trade minister and a former banker, signed an accord with Gambia.",
			named: []string{"Amina Diallo", "Senegal's trade minister", "banker", "Gambia"}, names: []string{"Amina Diallo", "Gambia"},
			rels:   []string{"subj(signed, Amina Diallo)", "appos(Amina Diallo, a former banker)"},
			absent: []string{"conj(Amina Diallo, a former banker)"}},
		{name: "or", text: "Algeria, the main mediator or a guarantor of the accord, urged Mali to resume talks.",
			named: []string{"Algeria", "Mali"}, names: []string{"Algeria", "Mali"},
			rels:   []string{"subj(urged, Algeria)", "appos(Algeria, a guarantor)"},
			absent: []string{"conj(Algeria, a guarantor)"}},
		{name: "a relative clause in the second", text: "Norway, the chief mediator and a country that hosted earlier rounds, urged Colombia to resume the talks.",
			named: []string{"Norway", "Colombia"}, names: []string{"Norway", "Colombia"},
			rels:   []string{"subj(urged, Norway)", "appos(Norway, a country)"},
			absent: []string{"conj(Norway, a country)"}},
		{name: "a time before the verb", text: "Iran, Syria's main backer and a regional power, on Monday criticised the strike.",
			named: []string{"Iran", "Syria"}, names: []string{"Iran", "Syria"}, times: []string{"Monday"},
			rels:   []string{"subj(criticised, Iran)", "appos(Iran, a regional power)"},
			absent: []string{"conj(main backer, a regional power)"}},
		{name: "an adverb before the verb", text: "Iran, Syria's main backer and a regional power, also criticised the strike.",
			named: []string{"Iran", "Syria"}, names: []string{"Iran", "Syria"},
			rels: []string{"subj(criticised, Iran)", "appos(Iran, a regional power)"}},
		// must not change: lists
		{name: "not: a list, a time before the verb", text: "Mali, the junta and the opposition on Monday signed the accord.",
			named: []string{"Mali", "junta", "opposition"}, names: []string{"Mali"}, times: []string{"Monday"},
			rels: []string{"conj(Mali, the opposition)"}, absent: []string{"appos(Mali, the junta)"}},
		{name: "not: a list of names", text: "Egypt, the United Nations and Qatar brokered the truce.",
			named: []string{"Egypt", "United Nations", "Qatar"}, names: []string{"Egypt", "United Nations", "Qatar"},
			rels: []string{"conj(Egypt, Qatar)"}},
		{name: "not: no comma before the verb", text: "Mali, the junta and the opposition signed the accord.",
			named: []string{"Mali", "junta", "opposition"}, names: []string{"Mali"},
			rels: []string{"conj(Mali, the opposition)"}, absent: []string{"appos(Mali, the junta)"}},
		{name: "not: bare plurals", text: "Police, soldiers and militiamen fired on the crowd.",
			named: []string{"Police", "soldiers", "militiamen"}, rels: []string{"conj(Police, militiamen)"}},
		{name: "not: a second name", text: "Prince Faisal, the Saudi foreign minister and Prince Bandar, met the envoy.",
			named: []string{"Prince Faisal", "Saudi foreign minister", "Prince Bandar", "envoy"}, names: []string{"Prince Faisal", "Prince Bandar"},
			absent: []string{"appos(Prince Faisal, Prince Bandar)"}},
		{name: "one description, as before", text: "Lavrov, Russia's foreign minister, criticised the sanctions.",
			named: []string{"Lavrov", "Russia's foreign minister"}, names: []string{"Lavrov"},
			rels: []string{"subj(criticised, Lavrov)", "appos(Lavrov, Russia 's foreign minister)"}},
	})
}
