package pipeline

import "testing"

// TestLeadingAnUprising codes those who lead, spearhead, head, stage or
// join an uprising, revolt or rebellion as dissent against its target
// (140), with a year before the noun ("the 2019 uprising") or none; guards:
// crushing an uprising is the state's repression, and recalling one is no
// event.
func TestLeadingAnUprising(t *testing.T) {
	testLexRows(t, []lexRow{
		{"spearheaded, a year before the noun", d, "The Sudanese Professionals Association spearheaded the 2019 uprising against Omar al-Bashir.", "14", "SDNOPP>SDNGOV", ""},
		{"led, a year before the noun", d, "Students led the 1988 uprising against Ne Win.", "14", "MMRCVL>MMRGOV", ""},
		{"headed a revolt", d, "Colonel Ahmed headed a revolt against the Malian government.", "14", "MLIMIL>MLIGOV", ""},
		{"staged a rebellion", d, "Tuareg fighters staged a rebellion against the government of Niger.", "14", "NERUAF>NERGOV", ""},
		{"joined the revolution", d, "Army officers joined the revolution against Hosni Mubarak.", "14", "EGYMIL>EGYGOV", ""},
		{"not: crushing one is repression", d, "The Burmese army crushed the 1988 uprising in Rangoon.", "14", "", ""},
		{"not: recalling one", d, "Veterans of the 1988 uprising recalled the killings at a ceremony in Yangon.", "14", "", ""},
		{"spearheaded protests", d, "Opposition parties in Kenya spearheaded the protests against President William Ruto.", "14", "KENOPP>KENGOV", ""},
	})
}

// TestYearOfAnUprisingThatActed dates the act of a relative clause about
// a phrase with a year before its noun to that year ("the 2011 uprising
// that ousted Mubarak": 2011), also its further conjuncts ("that ousted
// and killed"); guards: a year on an object names that object's time,
// not the act's ("scrapped a 1995 treaty").
func TestYearOfAnUprisingThatActed(t *testing.T) {
	testDatedRows(t, []datedRow{
		{"relative clause on the year's noun", "2014-06-01", "Egypt has been unstable since the 2011 uprising that toppled Hosni Mubarak.", "172", "2011"},
		{"a revolution that", "2016-03-01", "Ukraine has changed since the 2014 revolution that toppled Viktor Yanukovych.", "172", "2014"},
		{"second conjunct", "2018-11-13", "Libya plunged into chaos after the 2011 uprising that ousted and killed Moammar Gadhafi.", "186", "2011"},
		{"who, a year before a plural noun", "2003-05-01", "Prosecutors charged the 1999 rebels who attacked Freetown with murder.", "1121", "2003-05-01"},
		{"not: a treaty's year", "2002-06-14", "The United States scrapped the 1972 treaty with Russia on Thursday.", "", "2002-06-13"},
	})
}
