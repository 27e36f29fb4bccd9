package pipeline

import "testing"

// TestFoeSide: an act that ends, yields or answers a fight (a surrender, a
// retreat, a truce declared, force: policy.tsv's foe) whose clause names no one it
// is done to is done to the side its source fought in the story, the other
// party of the nearest act of force or posture told with the source's
// actor (one told before it first, else one told after it, as a lede tells
// the surrender first; force only one told before it). A surrender to someone named keeps its target; a
// story with no fight gives none.
func TestFoeSide(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a president surrenders to the general who deposed him", "1991-04-06", "Paraguayan General Marcos Ruiz overthrew President Pablo Ortega of Paraguay on Friday. Ortega surrendered at dawn and was taken to an army barracks.", "0874", "PRYGOV>PRYMIL", ""},
		{"a lede tells the surrender before the siege", "2003-07-28", "Filipino rebel soldiers surrendered late on Sunday, ending a 19-hour standoff. Philippine troops had surrounded the rebel soldiers in a Manila hotel on Saturday.", "0874", "PHLREB>PHLMIL", ""},
		{"a lede tells the surrender before the arrest", "1975-04-30", "President Pablo Ortega of Paraguay announced his surrender on Wednesday. Paraguayan rebels detained Ortega at the palace in the afternoon.", "0874", "PRYGOV>PRYREB", ""},
		{"a lede tells the retreat before the clash", "1995-05-14", "Peruvian guerrillas retreated into the jungle on Friday. Peruvian soldiers had clashed with the guerrillas near the border town on Thursday.", "0874", "PERREB>PERMIL", ""},
		{"a truce declared before the shelling is told", "1999-08-02", "Sri Lankan rebels declared a unilateral ceasefire on Monday. The Sri Lankan army had shelled rebel positions in the north for a week.", "0871", "LKAREB>LKAMIL", ""},
		{"a junta's foe surrenders after a coup", "1980-09-12", "Turkish generals deposed Prime Minister Suleyman Demirel on Friday. Demirel surrendered hours later.", "0874", "TURGOV>TURMIL", ""},
		{"a government surrenders after insurgents shelled the capital", "1979-01-12", "Cambodian insurgents shelled Phnom Penh for weeks. The Cambodian government surrendered on Friday.", "0874", "KHMGOV>KHMREB", ""},
		{"guerrillas withdraw after clashes with the army", "1995-05-14", "Peruvian soldiers clashed with Shining Path guerrillas near the border town on Thursday. The guerrillas retreated into the jungle on Friday.", "0874", "PERREB>PERMIL", ""},
		{"troops fire back after a rebel raid", "2001-05-06", "Colombian rebels attacked an army post near Cali on Saturday. Colombian troops opened fire on Sunday.", "19", "COLMIL>COLREB", ""},
		{"police fight back after a mob's attack", "2012-08-18", "Kenyan rioters attacked a police station in Mombasa on Friday. Kenyan police fought back on Saturday.", "180", "KENCOP>KENCVL", ""},
		// must not change
		{"force answers no fight told after it", "2012-06-01", "Kenyan soldiers opened fire on Friday. Kenyan rebels attacked the soldiers on Saturday.", "190", "KENMIL>", ""},
		{"a surrender to police keeps its target", "2012-06-01", "Kenyan police raided the rebels' hideout on Friday. Two Kenyan rebel commanders surrendered to police on Saturday.", "0874", "KENREB>KENCOP", ""},
		{"a surrender in a story with no fight", "2012-06-01", "Colombian rebels surrendered on Sunday.", "0874", "COLREB>", ""},
		{"surrendering an object is no surrender of a side", "2012-06-01", "Kenyan police raided the rebels' hideout on Friday. A Kenyan rebel commander surrendered his passport on Saturday.", "0874", "", ""},
		{"two sides end the fighting together", "2025-07-28", "Thai troops shelled Cambodian positions on Friday. Thailand and Cambodia agreed on Monday to a ceasefire, ending five days of fighting.", "087", "KHMGOV>", ""},
		{"a truce by a minister whose troops pushed into a city", "2011-03-20", "Libyan troops pushed into Benghazi on Saturday despite a ceasefire that Libyan Foreign Minister Moussa Koussa announced on Friday.", "0871", "LBYGOV>", ""},
		{"a ceasefire between two named parties", "1999-08-02", "The Sri Lankan army shelled rebel positions in the north. The government and the rebels declared a ceasefire on Monday.", "0871", "GOV>REB", ""},
	})
}
