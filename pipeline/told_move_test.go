package pipeline

import "testing"

// TestToldMoveTarget: a general noun of an act ("the move", "the step",
// "the decision": nominal.tsv's "*") judged or rejected, when no act the
// coder found names its doer, names the act an earlier clause of its own
// sentence told, words and judgements aside: "Kosovo's parliament
// declared independence, and Belgrade rejected the move". An act told
// only in an earlier sentence keeps today's reading.
func TestToldMoveTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"declared independence, rejected the move", d, "Somaliland's parliament declared independence from Somalia on Monday, and Mogadishu rejected the move as illegal.", "120", "SOMGOV>SOMLEG", ""},
		{"renamed the language, condemned the step", d, "Moldova's parliament renamed the state language on Thursday, and Russia's foreign ministry condemned the step.", "111", "RUSGOV>MDALEG", ""},
		{"adopted rules, criticised the decision", d, "The Kenyan cabinet adopted new rules for foreign charities, and Uganda's president criticised the decision.", "111", "UGAGOV>KENGOV", ""},
		{"a judgement told before is no act", d, "Georgia's parliament passed a resolution on Abkhazia, Russia's foreign ministry condemned it, and Armenia's government rejected the move.", "120", "ARMGOV>GEOLEG", ""},
		{"not: the act told two sentences before", d, "Moldova's parliament renamed the state language on Thursday. Thousands of people marched in Chisinau. Russia's foreign ministry condemned the step.", "111", "RUSGOV>MDACVL", ""},
	})
}
