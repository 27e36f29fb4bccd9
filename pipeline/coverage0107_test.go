package pipeline

import "testing"

// TestCoverageAdmitDenyAccord: the wording of 015, 016 and 019 in the
// CAMEO 1.1b3 descriptions that the lexicon missed: a confession of an
// act, a denial by disclaiming, distancing or ruling out a role, and
// common ground found. Guards: "ruled out talks" stays a refusal (125).
func TestCoverageAdmitDenyAccord(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"confessed to a killing", d, "Al Shabaab confessed to the killing of two Kenyan teachers.", "015", "SOMRAD>", ""},
		{"confessed to a bombing", d, "The Pakistani Taliban confessed to the bombing of the school.", "015", "PAKRAD>", ""},
		{"disclaimed responsibility", d, "Iran disclaimed any responsibility for the downing of the drone.", "016", "IRN>", ""},
		{"disclaimed a link", d, "Moscow disclaimed any link to the poisoning of the former spy.", "016", "RUSGOV>", ""},
		{"distanced itself", d, "Hamas distanced itself from the attack on the Egyptian soldiers.", "016", "PSEREB>", ""},
		{"distanced itself from remarks", d, "The Turkish government distanced itself from the attack on the embassy in Kabul.", "016", "TURGOV>", ""},
		{"ruled out involvement", d, "Pakistan ruled out any involvement in the Mumbai attacks.", "016", "PAK>", ""},
		{"ruled out a role", d, "The Kremlin ruled out any involvement in the crash of the airliner.", "016", "RUSGOV>", ""},
		{"guard: ruled out talks", d, "Pakistan ruled out talks with India.", "016", "", ""},
		{"guard: ruled out talks is a refusal", d, "Pakistan ruled out talks with India.", "125", "PAK>IND", ""},
		{"found common ground", d, "Beijing and Washington found common ground on climate change.", "019", "CHNGOV>USAGOV", ""},
		{"found common ground with", d, "Turkey found common ground with Russia on Syria.", "019", "TUR>RUS", ""},
		{"reached a consensus with", d, "India reached a consensus with Japan on maritime security.", "019", "IND>JPN", ""},
	})
}

// TestCoverageAppealsIntents: help asked for with no kind named (023), an
// extradition or handover sought (0213), troops asked for (0234), arms
// committed (0332) and good offices offered (039), as CAMEO 1.1b3
// describes them. Guards: support sought stays an appeal for diplomatic
// cooperation (022), not for aid.
func TestCoverageAppealsIntents(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"requested assistance from", d, "Mozambique requested assistance from South Africa to fight the insurgents.", "023", "MOZ>ZAF", ""},
		{"sought help from", d, "Lebanon sought help from France after the explosion.", "023", "LBN>FRA", ""},
		{"appealed to several for help", d, "The Maldives president appealed to India, Sri Lanka and Britain for help.", "023", "MDVGOV>IND", ""},
		{"called on X for help", d, "The Afghan president called on Pakistan for help.", "023", "AFGGOV>PAK", ""},
		{"asked X for assistance", d, "Haiti asked the United States for assistance.", "023", "HTI>USA", ""},
		{"guard: support sought is 022", d, "Serbia sought support from Russia at the United Nations.", "023", "", ""},
		{"sought the extradition", d, "Turkey sought the extradition of the cleric from the United States.", "0213", "TUR>USA", ""},
		{"requested the extradition", d, "India requested the extradition of the businessman from Britain.", "0213", "IND>GBR", ""},
		{"sought the handover", d, "Iraq sought the handover of the former officials from Syria.", "0213", "IRQ>SYR", ""},
		{"asked for troops", d, "Haiti asked the United Nations for troops to restore order.", "0234", "HTI>IGOUNO", ""},
		{"requested troops from", d, "Somalia requested troops from Ethiopia.", "0234", "SOM>ETH", ""},
		{"committed tanks", d, "Britain committed tanks to Ukraine.", "0332", "GBR>UKR", ""},
		{"committed air defence", d, "Germany committed more air defence systems to Kyiv.", "0332", "DEU>UKRGOV", ""},
		{"committed a loan", d, "China committed a loan of $2 billion to Pakistan.", "0331", "CHN>PAK", ""},
		{"offered good offices", d, "Switzerland offered its good offices to the United States and Iran.", "039", "CHE>USA", ""},
	})
}
