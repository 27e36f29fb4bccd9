package pipeline

import "testing"

// TestNationalManIsCivilian: a man of a nationality ("a Dutch man", "a
// 32-year-old Dutch man, Jan de Vries,") is a private person of that
// country, its civilian, never its government; alone ("a man"), in a size
// ("a three-man junta") or a leader's ("his men") he is not.
func TestNationalManIsCivilian(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arrested a Dutch man", "2005-05-14",
			"AMSTERDAM (AP) - Police arrested a Dutch man on Monday after a stabbing in the city centre. A court will hear the case next week.",
			"173", "NLDCOP>NLDCVL", ""},
		{"aged and named after", "2011-03-02",
			"PARIS (Reuters) - French police detained a 32-year-old Dutch man, Jan de Vries, at the Gare du Nord on Tuesday. He was travelling from Brussels.",
			"173", "FRACOP>NLDCVL", ""},
		{"a man of a country the story is not in", "1996-08-14",
			"NICOSIA, Cyprus (Reuters) - Turkish troops shot dead a Greek Cypriot man in the buffer zone on Wednesday. U.N. peacekeepers said he was unarmed.",
			"18", "TURMIL>CYPCVL", ""},
		{"a Palestinian man as the doer", "2016-03-08",
			"JERUSALEM (AP) - A Palestinian man stabbed an Israeli soldier at a checkpoint on Tuesday, the army said. The soldier was lightly hurt.",
			"18", "PSECVL>ISRMIL", ""},
		{"passive, a Chinese man", "2019-07-22",
			"HONG KONG (AP) - A Chinese man was beaten by riot police in Yuen Long late on Sunday. Hospitals said he was in a stable condition.",
			"175", "HKGCOP>CHNCVL", ""},
		{"a British man held abroad", "2009-11-30",
			"TEHRAN, Iran (AP) - Iranian authorities arrested a British man on the Gulf coast last week. His family was not told.",
			"173", "IRNGOV>GBRCVL", ""},
		// guards: none of these is the country's civilian or its government
		{"a leader's men are his", "2004-02-28",
			"PORT-AU-PRINCE, Haiti (AP) - Rebel leader Guy Philippe said on Saturday that his men attacked the police station in Cap-Haitien. Police fled the town.",
			"19", "HTIREB>HTICOP", ""},
		{"a size is no man", "1982-03-24",
			"GUATEMALA CITY (AP) - A three-man military junta led by General Efrain Rios Montt suspended the constitution on Tuesday. Tanks ringed the palace.",
			"172", "GTMMIL>GTMGOV", ""},
		{"negated: no arrest", "2005-05-14",
			"AMSTERDAM (AP) - Police did not arrest the Dutch man on Monday. A court will hear the case next week.",
			"173", "", ""},
		{"hypothetical: no arrest", "2005-05-14",
			"AMSTERDAM (AP) - Police may arrest a Dutch man if he returns. A court will hear the case next week.",
			"173", "", ""},
	})
}
