package pipeline

import "testing"

// TestDoerDescribed pins nouns that describe whoever did an act the story
// told (doers: in agents.txt): "the attackers", "the kidnappers", "the
// assailants", "the abductors", "the captors", "the hostage-takers" after
// "the", with no country or owner of their own, are the armed actor
// outside the state (rebels, militants, an armed group) named last in
// this sentence or the two before, with the country the story gives it.
// Named nowhere, they stay their own agent of no country; a state's
// forces named before are not what they describe.
func TestDoerDescribed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"attackers after rebels seized a town", "2011-03-15",
			"Rebels seized the eastern town of Ajdabiya on Tuesday.\n\nThe attackers later killed two policemen.", "190", "LBYREB>COP", ""},
		{"kidnappers after a named armed group", "1995-04-11",
			"MANILA, Philippines (AP) — Abu Sayyaf militants kidnapped three American missionaries on Basilan island on Monday.\n\nThe kidnappers demanded a ransom of $1 million.", "100", "PHLRAD>", ""},
		{"assailants after guerrillas of a named group", "1997-12-31",
			"ALGIERS, Algeria (Reuters) - Armed Islamic Group guerrillas massacred 400 villagers near Relizane on Tuesday.\n\nThe assailants set fire to dozens of homes.", "17", "DZARAD>", ""},
		{"abductors after fighters of a named group", "2014-04-16",
			"ABUJA, Nigeria (AP) — Boko Haram fighters abducted more than 200 schoolgirls from a school in Chibok on Monday.\n\nThe abductors threatened to sell the girls.", "13", "NGARAD>", ""},
		{"attackers a day later", "2008-11-28",
			"MUMBAI, India (Reuters) - Lashkar-e-Taiba militants attacked two luxury hotels and a railway station on Wednesday.\n\nThe attackers killed a British tourist at the Taj hotel on Thursday.", "180", "PAKRAD>GBRCVL", ""},
		{"hostage-takers after armed rebels stormed parliament", "2000-05-21",
			"SUVA, Fiji (AP) — Armed rebels stormed parliament on Friday and seized Prime Minister Mahendra Chaudhry.\n\nThe hostage-takers freed four women lawmakers on Sunday.", "0841", "FJIREB>FJILEG", ""},
		{"captors after guerrillas abducted soldiers", "2023-06-02",
			"BOGOTA, Colombia (AP) — ELN guerrillas abducted two soldiers in Arauca province on Thursday.\n\nThe captors released the soldiers on Saturday.", "0841", "COLREB>COLMIL", ""},
		{"attackers as the object of the police", "2019-01-16",
			"NAIROBI, Kenya (AP) — Al-Shabab extremists stormed a hotel complex in Nairobi on Tuesday.\n\nKenyan police killed the attackers after a 20-hour siege.", "190", "KENCOP>SOMRAD", ""},
		// negative: nothing to refer to, or a state's forces before
		{"neg: attackers with no one named stay unnamed gunmen", "2016-07-02",
			"The attackers killed 20 hostages in the capital.", "180", "UAF>CVL", ""},
		{"neg: attackers after gunmen stay of no country", "2016-07-02",
			"DHAKA, Bangladesh (AP) — Gunmen stormed a cafe in Dhaka on Friday night.\n\nThe attackers killed 20 hostages.", "180", "UAF>BGDCVL", ""},
		{"neg: hijackers the story named so are those, not militiamen named since", "1996-11-25",
			"ADDIS ABABA, Ethiopia (AP) - Four hijackers seized an Ethiopian airliner on Monday.\n\nSomali militiamen surrounded the plane at Mogadishu airport.\n\nThe hijackers freed 20 passengers on Tuesday.", "0841", "UAF>ETHCVL", ""},
		{"neg: a state's soldiers are not the attackers", "1992-05-20",
			"SARAJEVO (AP) — Soldiers shelled the old town on Monday.\n\nThe attackers later killed 12 villagers.", "180", "UAF>BIHCVL", ""},
	})
}
