package pipeline

import "testing"

// TestConditionsDemanded: conditions set, laid down or imposed for an act
// are a demand (100); conditions for growth or a match, and a referee's
// terms, are none.
func TestConditionsDemanded(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"setting conditions for talks", "2021-05-01", "Iran set conditions for the resumption of talks.", "10", "IRNGOV>", ""},
		{"laying down conditions for a ceasefire", "2022-11-01", "Russia laid down conditions for a ceasefire.", "10", "RUSGOV>", ""},
		{"imposing conditions on a country", "2010-05-02", "The European Union imposed strict conditions on Greece.", "10", "IGOEUR>GRCGOV", ""},
		{"setting preconditions for a release", "2023-11-01", "Hamas set preconditions for the release of the hostages.", "10", "PSEREB>", ""},
		{"attaching conditions to aid", "2013-08-01", "The United States attached conditions to its aid.", "10", "USAGOV>", ""},
		{"conditions set, after said", "1994-06-01", "Officials said North Korea had set conditions for a deal with the United States.", "10", "PRKGOV>", ""},
		{"guard: the conditions for growth", d, "The Japanese central bank set the conditions for growth.", "10", "", ""},
		{"guard: a referee's terms", d, "The referee set the terms for the match.", "10", "", ""},
		{"guard: weather conditions", d, "Heavy snow created dangerous conditions on the roads of Norway.", "10", "", ""},
		{"guard: conditions not set", d, "Iran did not set any conditions for the talks.", "10", "", ""},
	})
}

// TestSanctionsFaced: sanctions or force its subject is said it would face
// are a threat by the speaker (1312, 1384); sanctions faced now, or said by
// no one, are none.
func TestSanctionsFaced(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"would face sanctions unless, report at the end", "1999-01-01", "Serbia would face sanctions unless it handed over the suspects, the EU said.", "1312", "IGOEUR>SRBGOV", ""},
		{"warned it would face sanctions", "2006-01-01", "The EU warned that Iran would face sanctions if it enriched uranium.", "1312", "IGOEUR>IRNGOV", ""},
		{"would face military action", "2013-08-01", "Washington said Syria would face military action if it used chemical weapons.", "1384", "USAGOV>SYRGOV", ""},
		{"would face tariffs", "2019-05-30", "Donald Trump said Mexico would face tariffs unless it stopped the migrants.", "1312", "USAGOV>MEXGOV", ""},
		{"guard: sanctions faced now", d, "Russia faces sanctions over its invasion of Ukraine.", "13", "", ""},
		{"guard: sanctions faced, said by no one", d, "Iran could face sanctions, analysts said.", "13", "", ""},
		{"guard: sanctions faced in the past", d, "Cuba faced American sanctions for decades.", "13", "", ""},
	})
}
