package pipeline

import "testing"

// TestKnownInApposition: a known person set off by commas after an agent
// of one holder ("the interior minister, Vano Merabishvili,"), on a date
// before any role the knowledge lists for the person, is what the agent
// says, as the person named first with the role after ("X, the interior
// minister,") and the person with a title before the name ("Interior
// Minister X") already are; so between two roles ("the opposition leader,
// George Papandreou," in 2008), unless the title is a former one. A person
// with a role on the day keeps it, and a person named with no agent keeps
// the bare country.
func TestKnownInApposition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a minister before the premiership", "2008-03-12",
			"In Tbilisi, the interior minister, Vano Merabishvili, accused Russia of arming the separatists.", "112", "GEOGOV>RUS", ""},
		{"a country's minister, possessive", "2008-05-20",
			"Georgia's finance minister, Nika Gilauri, accused Russia of blocking Georgian exports.", "112", "GEOGOV>RUS", ""},
		{"a minister, the sentence's country", "2013-06-11",
			"The economy minister, Giorgi Kvirikashvili, accused the opposition of sabotaging investment in Georgia.", "112", "GEOGOV>GEOOPP", ""},
		{"a general before his junta", "2010-11-08",
			"Myanmar's senior general, Min Aung Hlaing, accused Thailand of sheltering rebels.", "112", "MMRMIL>THA", ""},
		{"a commander before his council", "2019-06-03",
			"Sudan's deputy army commander, Abdel Fattah al-Burhan, accused the protesters of blocking the roads.", "112", "SDNMIL>SDNOPP", ""},
		{"between two roles, the title told", "2008-03-12",
			"The opposition leader, George Papandreou, accused the government of corruption.", "11", "GRCOPP>GRCGOV", ""},
		// guards: a former title between roles, a role on the day, no agent
		{"between two roles, a former title: the next role", "2006-03-12",
			"The former foreign minister, George Papandreou, accused the government of corruption.", "11", "GRCGOV>GRCGOV", ""},
		{"a role on the day holds", "2022-03-01",
			"Myanmar's army chief, Min Aung Hlaing, accused Thailand of sheltering rebels.", "112", "MMRGOV>THA", ""},
		{"no agent: the bare country", "2008-03-12",
			"In Tbilisi, Vano Merabishvili accused Russia of arming the separatists.", "112", "GEO>RUS", ""},
	})
}
