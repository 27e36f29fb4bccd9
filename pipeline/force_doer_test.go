package pipeline

import "testing"

// doerRow is a sentence and the asserted event of code (a root or a full
// code) it must give, as "SRC>TGT", or "" for none asserted.
type doerRow struct {
	name, date, text, code, want string
}

// testDoerRows codes each row and compares its asserted events of the
// row's code: negated and hypothetical acts are told, not asserted.
func testDoerRows(t *testing.T, rows []doerRow) {
	t.Helper()
	testDoerRowsWith(t, newCoder(t), rows)
}

// testDoerRowsWith is testDoerRows with the coder c.
func testDoerRowsWith(t *testing.T, c *Coder, rows []doerRow) {
	t.Helper()
	lex := make([]lexRow, len(rows))
	for i, r := range rows {
		lex[i] = lexRow{name: r.name, date: r.date, text: r.text, code: r.code, want: r.want}
	}
	testRowsWith(t, c, lex, true)
}

// TestPassiveForceDoer: a passive act of force whose "by" phrase names
// its doer. A security body by a word of guarding ("his security detail",
// "a protection detail") is the police of whoever it guards; part of a
// group ("one of the men", "a member of the public") is who the group is;
// a private person named by a tie to others ("a nephew", "a neighbour")
// is an unnamed attacker, as "a man" is. Never an accident's victims, nor
// an act denied or only supposed.
func TestPassiveForceDoer(t *testing.T) {
	testDoerRows(t, []doerRow{
		{"member of his own security detail", "2020-03-02", "The Algerian president was shot dead on Monday by a member of his own security detail.", "18", "DZACOP>DZAGOV"},
		{"members of a protection detail", "2019-06-10", "A Mexican governor was shot dead by members of his protection detail on Sunday.", "18", "MEXCOP>MEXGOV"},
		{"the security detail itself", "2015-04-02", "The Somali minister was killed by his security detail in Mogadishu.", "18", "SOMCOP>SOMGOV"},
		{"guard: one of his bodyguards", "2016-09-01", "The Philippine mayor was killed by one of his own bodyguards on Friday.", "18", "PHLCOP>PHLGOV"},
		{"a nephew", "1975-03-25", "King Faisal of Saudi Arabia was shot dead on Tuesday by a nephew.", "18", "SAUUAF>SAUGOV"},
		{"a neighbour", "2021-05-03", "A Kenyan lawmaker was stabbed to death by a neighbour on Sunday.", "18", "KENUAF>KENLEG"},
		{"one of the men", "2013-08-12", "A Pakistani judge was shot dead by one of the men in Quetta.", "19", "PAKUAF>PAKJUD"},
		{"a member of the public", "2018-11-20", "A Brazilian mayor was shot dead by a member of the public in Recife.", "18", "BRAUAF>BRAGOV"},
		{"two of his neighbours", "2009-02-14", "An Indian politician was beaten to death by two of his neighbours in Bihar.", "18", "INDUAF>INDGOV"},
		// guards: denied, supposed, accidents, a group that is a known body
		{"guard: denied", "2021-05-03", "The Colombian mayor was not killed by a neighbour, police said.", "18", ""},
		{"guard: supposed", "2021-05-03", "The Kenyan governor may have been shot by a member of his security detail.", "18", ""},
		{"guard: falling tree", "2021-05-03", "A Nepali minister was killed by a falling tree on Monday.", "18", ""},
		{"guard: one of the landslides", "2021-05-03", "Two Peruvian soldiers were killed by one of the landslides.", "19", ""},
		{"guard: a cartel's member", "2021-05-03", "A Mexican mayor was shot dead by a member of a drug cartel.", "18", "MEXCRM>MEXGOV"},
	})
}

// TestHeldInCustody: a person held by a state's force or agents, or held
// with no holder named where a detainee is kept, incommunicado, for
// questioning or under a law of detention, is detained (173). Not talks,
// elections, a rally, a post, a town or a crowd held, not held responsible
// (112) or held hostage by armed men (181), nor a holding denied or only
// possible.
func TestHeldInCustody(t *testing.T) {
	testDoerRows(t, []doerRow{
		{"police held the gunman at their headquarters", "1981-05-14", "Police in Rome held the Turkish gunman at their headquarters on Wednesday.", "173", "ITACOP>TURUAF"},
		{"held by the presidential guard", "2023-07-28", "Ousted President Mohamed Bazoum is being held by the presidential guard.", "173", "NERMIL>NERGOV"},
		{"held by the army", "1983-12-31", "President Shehu Shagari was being held by the army, diplomats said.", "173", "NGAMIL>NGAGOV"},
		{"immigration agents held an investigator", "2019-01-10", "Guatemalan immigration agents held a Colombian investigator at the airport.", "173", "GTMCOP>COLGOV"},
		{"held incommunicado", "2021-01-20", "Opposition leader Alexei Navalny is held incommunicado.", "173", "RUSCOP>RUSOPP"},
		{"held under a security law", "1998-09-21", "Anwar Ibrahim is being held under the Internal Security Act.", "173", "MYSCOP>MYSOPP"},
		{"held at a government villa", "1981-12-14", "Lech Walesa was being held at a government villa outside Warsaw.", "173", "POLCOP>POLOPP"},
		{"held for interrogation", "2013-05-02", "Opposition leader Anwar Ibrahim was held for interrogation in Kuala Lumpur.", "173", "MYSCOP>MYSOPP"},
		// guards: other things held, other holdings, denied or possible
		{"guard: not held", "2020-01-01", "Kenyan police did not hold the opposition leader.", "173", ""},
		{"guard: could hold", "2020-01-01", "Egyptian police could hold the journalist for 48 hours.", "173", ""},
		{"guard: talks", "2020-01-01", "Police held talks with the protest leaders.", "173", ""},
		{"guard: elections", "2020-01-01", "The Thai army held elections in May.", "173", ""},
		{"guard: a town", "2020-01-01", "Soldiers held the village for two days.", "173", ""},
		{"guard: their positions", "2020-01-01", "Israeli troops held their positions on the hill.", "173", ""},
		{"guard: a post", "2020-01-01", "The general has held the post since 2010.", "173", ""},
		{"guard: held responsible", "2020-01-01", "Police held the protesters responsible for the damage.", "173", ""},
		{"guard: held at bay", "2020-01-01", "Riot police held the crowd at bay.", "173", ""},
		{"guard: a parliament at gunpoint", "1981-02-24", "Civil Guards held the Spanish parliament at gunpoint for 18 hours.", "173", ""},
		{"guard: held hostage by gunmen", "2020-01-01", "Gunmen held the two engineers hostage at a hotel.", "18", "UAF>"},
	})
}
