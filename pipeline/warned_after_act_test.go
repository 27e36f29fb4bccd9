package pipeline

import "testing"

// TestWarnedAfterOwnAct pins force to come with no doer, held out in a
// warning after the sentence tells the warner's own act of force, as the
// warner's threat (138x): the act done is its own, so the force to come is
// too. Force the sentence tells of another leaves the force to come theirs.
func TestWarnedAfterOwnAct(t *testing.T) {
	d := "2021-03-01"
	testLexRows(t, []lexRow{
		{"fighters attacked her, she would be targeted", d, "The Taliban said its fighters had attacked her, and warned that she would be targeted again.", "13", "AFGREB>", ""},
		{"fired rockets, towns would be hit", d, "Hamas said its gunmen had fired rockets at Israel and warned that Israeli towns would be hit again.", "13", "PSEREB>ISR", ""},
		{"bombed the hotel, cities would be attacked", d, "Al-Shabaab said it had bombed the hotel in Nairobi and warned that Kenyan cities would be attacked.", "13", "SOMRAD>KEN", ""},
		{"shelled, would be bombarded next", d, "The rebels shelled Aleppo on Monday and warned that Damascus would be bombarded next.", "13", "SYRREB>SYRGOV", ""},
		{"struck the plant, airports could be targeted", d, "The Houthis said they had struck the Saudi oil plant and warned that Saudi airports could be targeted next.", "13", "YEMREB>SAU", ""},
		{"another's attack: the force to come is theirs", d, "The Kenyan army said al-Shabaab had attacked the base and warned that more civilians could be killed.", "13", "", ""},
		{"gunmen killed officers: no threat of the police", d, "Police said gunmen had killed two officers, and warned that more officers could be killed.", "13", "", ""},
		{"another's attack to come", d, "The army warned that the rebels could attack and the town would be shelled.", "13", "", ""},
	})
}
