package pipeline

import "testing"

// TestCrackdownJudged: a judgement of force a state's forces used on their
// own country's people (protesters, students, monks, the opposition) is
// aimed at the state's government, as a judgement of its forces' act
// abroad is ("Tutu condemned the crackdown" after the police fired on
// students: South Africa's government). Forces that staged a coup, fought
// armed men at home, or acted abroad keep the rules they had.
func TestCrackdownJudged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police fire on protesters, a crackdown", d,
			"Police fired tear gas and rubber bullets at protesters in Nairobi on Tuesday. Amnesty International condemned the crackdown.", "111", "NGO>KENGOV", ""},
		{"troops fire on crowds, the shootings", d,
			"Chinese troops fired on crowds in Beijing on Sunday. Britain condemned the shootings.", "111", "GBR>CHNGOV", ""},
		{"soldiers fire on opposition supporters, the killings", d,
			"Soldiers opened fire on opposition supporters in a stadium in Conakry on Monday. France condemned the killings.", "111", "FRA>GINGOV", ""},
		{"security forces kill demonstrators", d,
			"Security forces shot dead twelve demonstrators in Khartoum on Thursday. The United Nations condemned the killings.", "111", "IGOUNO>SDNGOV", ""},
		{"riot police beat students, the violence", d,
			"Riot police beat students at Tehran University on Friday. The European Union condemned the violence.", "111", "IGOEUR>IRNGOV", ""},
		{"police arrest opposition leaders", d,
			"Police arrested three opposition leaders in Harare on Monday. Britain condemned the arrests.", "111", "GBR>ZWEGOV", ""},
		// guards: a coup and a battle at home stay the forces', force
		// abroad stays its state's
		{"guard: a coup stays the soldiers'", d,
			"Soldiers stormed the presidential palace in Niamey and detained President Mohamed Bazoum. The African Union condemned the coup.", "111", "IGOAFR>NERMIL", ""},
		{"guard: shelling rebels stays the troops'", d,
			"Government troops shelled rebel positions near Goma on Sunday. The United Nations condemned the attack.", "111", "IGOUNO>CODMIL", ""},
		{"guard: a raid abroad is its state's", d,
			"Israeli commandos raided a Turkish aid ship on Monday. Turkey condemned the raid.", "111", "TUR>ISRGOV", ""},
	})
}
