package pipeline

import "testing"

// TestWhereItHappensIsTheState: with no one the text names as target, an
// act aimed at the country where it happens (policy.tsv's located) falls
// on that country's state, its government, as a country the text names as
// the target does (asGovernment); policy.tsv's aim= and the people the act
// falls on ("40 people", "Jorge Glas") keep their own sectors. The default
// coder's convention, as ICEWS-style coders and the evaluation golds code it.
func TestWhereItHappensIsTheState(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"fighters swept into a capital", "1996-09-28", "Taliban fighters swept into Kabul on Friday.", "19", "AFGREB>AFGGOV", ""},
		{"jets struck sites in a country", d, "Indian jets struck nine sites in Pakistan on Wednesday.", "19", "INDMIL>PAKGOV", ""},
		{"missiles hit a city", "2022-03-01", "Russian missiles hit Kharkiv overnight.", "19", "RUSMIL>UKRGOV", ""},
		{"rebels took a town", "2012-11-20", "M23 rebels took control of Goma on Tuesday.", "19", "CODREB>CODGOV", ""},
		{"guerrillas attacked a town", "1985-03-01", "Shining Path guerrillas attacked the town of Ayacucho on Friday.", "19", "PERREB>PERGOV", ""},
		{"people arrested stay people", d, "Police arrested 40 people in Nairobi.", "173", "KENCOP>KENCVL", ""},
		{"a curfew falls on the people", d, "The army imposed a curfew in Mandalay.", "17", "MMRMIL>MMRCVL", ""},
	})
}
