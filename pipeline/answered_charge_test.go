package pipeline

import "testing"

// TestChargeAnsweredFar: a charge rejected, dismissed or denied with no
// target of its own answers who accused the source, though others acted
// and spoke in the sentences between. Criticism answered ("brushed off the
// criticism") is of who last criticised, urged or made demands of the
// source.
func TestChargeAnsweredFar(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accusation, two sentences between", d, "Kenya accused Uganda of arming the rebels. Fighting continued near the border. Tanzania called for talks. Kampala rejected the accusation.", "016", "UGAGOV>KEN", ""},
		{"charges dismissed", d, "Poland accused Belarus of orchestrating the migrant crisis. Thousands of migrants gathered at the border. The European Union offered aid to Poland. Minsk dismissed the charges.", "016", "BLRGOV>POL", ""},
		{"allegations denied", d, "India accused Pakistan of sheltering the attackers. Police arrested three suspects in Mumbai. The United States urged both sides to show restraint. Islamabad denied the allegations.", "016", "PAKGOV>IND", ""},
		{"criticism rejected after a third party spoke", d, "Germany criticised Hungary over its new media law. Austria said it would study the law. Budapest rejected the criticism.", "120", "HUNGOV>DEU", ""},
		{"criticism brushed off", d, "Brazil criticised Venezuela over the arrest of opposition leaders. Colombia called for dialogue. Caracas brushed off the criticism.", "016", "VENGOV>BRA", ""},
		{"foreign criticism, no article", d, "Canada criticised Cambodia over the arrest of opposition leaders. Japan urged restraint. A government spokesman in Phnom Penh rejected foreign criticism.", "120", "KHMGOV>CAN", ""},
		{"criticism after an urging, a concern voiced between", d, "The United States urged Nicaragua to free the political prisoners. The UN said it was deeply concerned. Managua dismissed the criticism.", "12", "NICGOV>USA", ""},
		{"criticism brushed aside after a partner spoke", d, "Australia criticised China over the detention of a writer. New Zealand said it shared the concern. Beijing brushed aside the criticism.", "016", "CHNGOV>AUS", ""},
		{"a rebuke rejected", d, "Germany demanded that Turkey release the journalist. Ankara rejected the rebuke.", "12", "TURGOV>DEU", ""},
		{"remarks still answer the last speaker", d, "Kenya praised Uganda for its help. Tanzania criticised the plan. Kampala rejected the remarks.", "120", "UGAGOV>TZA", ""},
	})
}

// TestCriticismAnsweredBare: criticism answered with no article ("rejected
// criticism", "dismissed Western criticism") is the criticism laid on the
// source before, as "the criticism" is; "a" or a possessive names another.
func TestCriticismAnsweredBare(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rejected criticism", d, "The European Union criticised Serbia over the crackdown. Belgrade rejected criticism.", "12", "SRBGOV>IGOEUR", ""},
		{"international criticism", d, "Sweden criticised Turkey over the arrests of journalists. Ankara rejected international criticism.", "12", "TURGOV>SWE", ""},
		{"Western criticism", d, "France criticised Mali's junta over the expulsion of its ambassador. Bamako rejected Western criticism.", "12", "MLIGOV>FRA", ""},
		{"after an urging", d, "The United Nations urged Myanmar to halt the executions. Thailand said it was worried. Naypyidaw rejected criticism.", "12", "MMRGOV>IGOUNO", ""},
		{"dismissed criticism", d, "Human Rights Watch criticised Egypt over the mass trials. Cairo dismissed criticism.", "12", "EGYGOV>NGO", ""},
		{"after another's act", d, "The African Union criticised Guinea over the delayed vote. Mali announced new elections. Conakry rejected criticism.", "12", "GINGOV>IGOAFR", ""},
		{"of a rights group", d, "Amnesty International criticised Qatar over the treatment of migrant workers. Doha rejected criticism.", "12", "QATGOV>NGO", ""},
		{"dismissed as interference", d, "The UN human rights office criticised Nicaragua over the arrests. Managua dismissed criticism as interference.", "12", "NICGOV>IGOUNO", ""},
		{"a possessive standing for no one: the criticism's doer", d, "The European Union criticised Serbia over the crackdown. Belgrade rejected his criticism.", "12", "SRBGOV>IGOEUR", ""},
	})
}
