package pipeline

import "testing"

// TestArmedWith: arming is giving weapons to someone named as the object
// ("Iran armed the Houthis", 072); a subject "armed with knives" or
// "armed with rifles" is described by what it carries, and arms no one.
func TestArmedWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed the rebels", d, "Iran armed the Houthi rebels.", "072", "IRN>YEMREB", ""},
		{"has armed, perfect", d, "Russia has armed the separatists in Donbas.", "072", "RUS>UKRREB", ""},
		{"crews armed with knives boarded", d, "Chinese coast guard crews armed with knives boarded Philippine boats.", "072", "", ""},
		{"men armed with rifles stormed", d, "Gunmen armed with rifles stormed a church in Burkina Faso.", "072", "", ""},
		{"police armed with batons charged", d, "Kenyan police armed with batons charged at protesters.", "07", "", ""},
	})
}

// TestRemovedFromPower: a leader removed by force or vote is ousted (172),
// and one who abandons the presidency gives it up (0831); removing
// roadblocks stays easing (081).
func TestRemovedFromPower(t *testing.T) {
	testLexRows(t, []lexRow{
		{"army removed the president", d, "Egypt's armed forces removed President Mohamed Mursi on Wednesday.", "172", "EGYMIL>EGYGOV", ""},
		{"removed from office", d, "Peru's Congress removed President Pedro Castillo from office.", "172", "PERLEG>PERGOV", ""},
		{"removed roadblocks stays 081", d, "Kenyan police removed roadblocks in Nairobi.", "172", "", ""},
		{"abandoned the presidency", d, "Sri Lanka's president abandoned the presidency and fled to the Maldives.", "0831", "LKAGOV>LKAOPP", ""},
		{"abandoned the plan is no resignation", d, "Sri Lanka's president abandoned the plan.", "0831", "", ""},
	})
}

// TestAnsweredWith: an answering verb with no object names its act after
// "with" ("responded with air strikes on Gaza"): that act, done by the
// verb's subject; a statement or a feeling after "with" is no act of force.
func TestAnsweredWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"responded with air strikes on", d, "Israel responded with air strikes on Gaza.", "19", "ISR>PSE", ""},
		{"answered with strikes on", d, "Pakistan answered with strikes on Indian military bases.", "19", "PAK>INDMIL", ""},
		{"retaliated with strikes on", d, "Pakistan retaliated with strikes on Indian military bases.", "19", "PAK>INDMIL", ""},
		{"answered fire: the fire answered is not the answerer's", d, "Israeli gunners answered mortar fire from Lebanon.", "19", "", ""},
		{"responded with a missile attack on", d, "Iran responded with a missile attack on Israel.", "19", "IRN>ISR", ""},
		{"responded to sanctions with a ban", d, "Russia responded to the sanctions with a ban on European food imports.", "163", "RUS>", ""},
		{"reacted with anger: no act", d, "China reacted with anger.", "19", "", ""},
		{"responded with a statement: no force", d, "The Iranian ministry responded with a statement.", "19", "", ""},
	})
}

// TestCrowdsBlockForces: a crowd, civilians or people blocking a convoy or
// tanks is a blockade (144) aimed at whose vehicles they are; civilians
// merely gathering are no protest.
func TestCrowdsBlockForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"civilians blocked the tanks", d, "Tens of thousands of Filipino civilians blocked the army's tanks outside the camp.", "144", "PHLCVL>PHLMIL", ""},
		{"people blocked an army convoy", d, "Hundreds of Malian people blocked a French army convoy in Kaya.", "144", "MLICVL>FRAMIL", ""},
		{"villagers blocked a UN convoy", d, "Congolese villagers blocked a UN convoy near Goma.", "144", "CODCVL>IGOUNO", ""},
		{"civilians gathering is no protest", d, "Syrian civilians gathered in a school in Idlib.", "14", "", ""},
	})
}

// TestHaltMilitaryAction: halting, stopping, ending or ceasing military
// action or operations is de-escalation (087), and agreeing to it an
// intent to de-escalate (0356) to the other party; launching it is force.
func TestHaltMilitaryAction(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agreed to halt all military action", d, "India and Pakistan agreed on Saturday to halt all military action on land, at sea and in the air.", "0356", "IND>PAK", ""},
		{"halted military operations", d, "Russia halted military operations in the region.", "087", "RUS>", ""},
		{"ceased military activity", d, "Turkey ceased military activity in northern Syria.", "087", "TUR>SYR", ""},
		{"launched military action is force", d, "The Sudanese army launched military action against the rebels.", "087", "", ""},
	})
}

// TestCountryNameThenPastForm: a country by its name, then a past form
// with no hyphen, is a clause's subject and verb ("Britain detained Kurdish
// fighters"), not one phrase of a nationality and modifiers; a hyphen, a
// possessive or a demonym keeps the one phrase.
func TestCountryNameThenPastForm(t *testing.T) {
	testLexRows(t, []lexRow{
		{"detained fighters", d, "Britain detained Kurdish fighters.", "173", "GBR>UAF", ""},
		{"armed separatists", d, "Russia armed separatist fighters in Donbas.", "072", "RUS>UKRREB", ""},
		{"trained soldiers", d, "Britain trained Ukrainian soldiers.", "062", "GBR>UKRMIL", ""},
		{"a hyphen keeps the phrase", d, "Iran-backed militias attacked US bases.", "190", "UAF>USA", ""},
		{"a possessive keeps the phrase", d, "Niger's ousted president remains detained.", "17", "", ""},
	})
}

// TestSummonedToTheMinistry: an envoy summoned, in the passive with no
// agent, to a ministry is summoned by the ministry's state; the active
// keeps its subject.
func TestSummonedToTheMinistry(t *testing.T) {
	testLexRows(t, []lexRow{
		{"summoned to the ministry in a capital", d, "The Chinese ambassador was summoned to the foreign ministry in Vilnius.", "114", "LTUGOV>CHNGOV", ""},
		{"the active keeps its subject", d, "Lithuania summoned the Chinese ambassador to the foreign ministry.", "114", "LTU>CHNGOV", ""},
		{"an agent named stays", d, "Russia's envoy was summoned by Poland.", "114", "POL>RUSGOV", ""},
	})
}
