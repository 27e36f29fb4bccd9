package pipeline

import "testing"

// TestAnsweredBy: "by" and a gerund after a verb of answering (retaliate,
// respond, react, answer) tell the act the answer was: that act is the
// event, with its own code and target ("retaliated by imposing duties" is
// a trade measure, not force).
func TestAnsweredBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"retaliated by imposing duties", d, "China retaliated on Monday against new U.S. tariffs by imposing duties on $60 billion of American goods.", "163", "CHN>USA", ""},
		{"retaliated by imposing tariffs", d, "India retaliated by imposing tariffs on American almonds and apples.", "163", "IND>USA", ""},
		{"responded by expelling diplomats", d, "Russia responded by expelling 23 British diplomats.", "161", "RUS>GBRGOV", ""},
		{"reacted by recalling its ambassador", d, "Ankara reacted to the vote by recalling its ambassador from Paris.", "161", "TURGOV>FRAGOV", ""},
		{"retaliated by suspending talks", d, "Beijing retaliated by suspending talks with Washington.", "164", "CHNGOV>USAGOV", ""},
		{"retaliated by expelling the ambassador, in a story", "2017-03-07", "Malaysia expelled North Korea's ambassador on Saturday. North Korea retaliated on Monday by expelling Malaysia's ambassador.", "161", "PRK>MYSGOV", ""},
		{"responded by firing tear gas", d, "Riot police in Nairobi responded by firing tear gas at the protesters.", "175", "KENCOP>KENOPP", ""},
		{"retaliated by expelling is no use of force", d, "Russia retaliated by expelling 23 British diplomats.", "190", "", ""},
		{"retaliated by imposing duties is no use of force", d, "India retaliated by imposing tariffs on American almonds.", "190", "", ""},
		{"retaliated with force, no gerund", d, "Turkey retaliated against Syrian forces on Monday.", "190", "TUR>SYRMIL", ""},
	})
}

// TestMissionsClosed: a host closing another state's embassy or
// consulate acts on that state; a state closing its own mission abroad
// acts on the state where it was.
func TestMissionsClosed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"closed the British consulate in a home city", d, "Moscow closed the British consulate in St Petersburg.", "161", "RUSGOV>GBRGOV", ""},
		{"closed the U.S. consulate in a home city", d, "Russia closed the U.S. consulate in Yekaterinburg.", "161", "RUS>USAGOV", ""},
		{"closed the Saudi embassy", d, "Iran closed the Saudi embassy on Sunday.", "161", "IRN>SAUGOV", ""},
		{"closed its consulate abroad", d, "Russia closed its consulate in Istanbul.", "161", "RUS>TURGOV", ""},
		{"closed its embassy abroad", d, "Britain closed its embassy in Tehran after the attack.", "161", "GBR>IRNGOV", ""},
	})
}

// TestPeopleFamiliarInformants: people familiar with a matter, or with knowledge of
// it, tell what happened and take no part: they are no party the story
// can later call "both sides".
func TestPeopleFamiliarInformants(t *testing.T) {
	testLexRows(t, []lexRow{
		{"people familiar with the matter are no side", "2019-05-13", "China imposed duties on American goods on Monday. Vice Premier Liu He's trip to Washington was cancelled, two people familiar with the matter said. The European Union called on both sides to settle their dispute.", "027", "IGOEUR>CHN", ""},
		{"a person with knowledge of the plan is no side", "2020-06-16", "India and China accused each other of crossing the border on Tuesday. Twenty Indian soldiers were killed, a person with knowledge of the matter said. The United Nations urged both sides to exercise restraint.", "02", "IGOUNO>IND", ""},
	})
}
