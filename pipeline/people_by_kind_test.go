package pipeline

import "testing"

// TestPeopleByKind: plural nouns of people by occupation, condition or
// role that name no arm of the state (agents.txt's civilians) are
// civilians of where they are, as source or target, and of the country
// their adjective or owner names; seminarians are clergy (REL). Negated and only possible acts code nothing.
func TestPeopleByKind(t *testing.T) {
	testLexRows(t, []lexRow{
		{"war veterans march", "2000-04-03", "HARARE, April 3 (Reuters) - War veterans marched on the High Court on Monday.", "14", "ZWECVL>ZWEJUD", ""},
		{"coca growers block roads", "2003-09-22", "Coca growers blocked roads across Bolivia on Monday.", "144", "BOLCVL>BOLGOV", ""},
		{"physicians of a nationality strike", "2019-06-03", "Sudanese physicians went on strike on Monday.", "143", "SDNCVL>SDNGOV", ""},
		{"paramedics as a target", "2021-03-01", "Police in Yangon arrested dozens of paramedics on Monday.", "173", "MMRCOP>MMRCVL", ""},
		{"an owner's academics", "2016-08-01", "Turkey's academics protested against the dismissals on Monday.", "14", "TURCVL>TURGOV", ""},
		{"evacuees attacked", "2021-03-28", "Insurgents ambushed evacuees near Palma in Mozambique on Saturday.", "18", "MOZREB>MOZCVL", ""},
		{"seminarians protest", "1988-05-02", "Seminarians protested in Santiago, Chile, on Monday.", "14", "CHLREL>CHLGOV", ""},
		{"ranchers accuse police", "1988-12-23", "Ranchers in Acre, Brazil, accused the police of failing to act.", "11", "BRACVL>BRACOP", ""},
		{"shop owners close their shops", "2014-02-10", "Shop owners in Kabul went on strike on Monday.", "143", "AFGCVL>AFGGOV", ""},
		// negated and only possible acts: nothing
		{"veterans who did not march", "2000-04-03", "HARARE, April 3 (Reuters) - War veterans did not march on Monday.", "14", "", ""},
		{"physicians who may strike", "2019-06-03", "Sudanese physicians may go on strike next week if talks fail.", "143", "", ""},
	})
}
