package pipeline

import "testing"

// Rows for general constructions found wrong on the tuning half of the
// dev sets: each family is a construction, written in several countries,
// actors and tenses, none of them a dev sentence.

// TestConstructionPartitive: a share of a group ("most of", "one third
// of", "two thirds of") is the subject; the group in its "of" phrase is
// the actor.
func TestConstructionPartitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"most of a group attacks", d, "Most of the Colombian guerrillas attacked a police station on Tuesday.", "19", "COLREB>COLCOP", ""},
		{"one third of a group attacks", d, "One third of the Nigerian soldiers attacked a village in Chad.", "18", "NGAMIL>TCDCVL", ""},
		{"two thirds of a group arrests", d, "Two thirds of the Kenyan police arrested the protesters in Nairobi.", "173", "KENCOP>KENOPP", ""},
		{"most of a party boycotts", d, "Most of the Ethiopian opposition boycotted the election.", "143", "ETHOPP>ETHGOV", ""},
		{"a quarter of a group will surrender", d, "A quarter of the Malian rebels will surrender to the army.", "03", "MLIREB>MLIMIL", ""},
		{"most of the villagers accuse", d, "Most of the villagers in Gulu accused Uganda of the killings.", "112", "UGACVL>UGA", ""},
	})
}

// TestConstructionNumberEllipsis: a bare number as the object of a verb
// coordinated with another stands for that verb's object ("killed two
// soldiers and wounded five": five soldiers).
func TestConstructionNumberEllipsis(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arresting a number after killing people", d, "Egyptian police fired on the crowd, killing one protester and arresting 12.", "173", "EGYCOP>EGYOPP", ""},
		{"releasing some of those arrested", d, "Kenyan police arrested 30 students and released 12 on Friday.", "0841", "KENCOP>KENCVL", ""},
		{"freeing some of the abducted", d, "Rebels abducted four Chinese workers in Sudan and freed two on Sunday.", "0841", "SDNREB>CHNCVL", ""},
		{"wounding more of the same side", d, "Pakistani troops wounded three Indian soldiers and killed two in Kashmir.", "18", "PAKMIL>INDMIL", ""},
		{"releasing some of those detained", d, "Israeli troops detained 20 Palestinians and released eight.", "0841", "ISRMIL>PSECVL", ""},
	})
}

// TestConstructionCountedNoun: a number counts the noun after its
// adjectives ("about 300 angry Somali refugees"), so the whole phrase is
// one object and its actor is the target.
func TestConstructionCountedNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"about a number of refugees detained", d, "Kenyan police detained about 300 angry Somali refugees.", "173", "KENCOP>SOMREF", ""},
		{"at least a number of civilians killed", d, "Syrian forces killed at least 40 unarmed Kurdish civilians.", "180", "SYRMIL>SYRCVL", ""},
		{"up to a number of students arrested", d, "Egyptian police arrested up to 200 young Islamist students in Cairo.", "173", "EGYCOP>EGYCVL", ""},
		{"more than a number of soldiers wounded", d, "Rebels wounded more than 30 young Congolese soldiers near Goma.", "18", "CODREB>CODMIL", ""},
	})
}

// TestConstructionRelativeObjectPredicate: in "whom X had taken hostage"
// the person the relative clause is about is the object and the phrase
// after the verb what they were made, so the hostages are the target.
func TestConstructionRelativeObjectPredicate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"whom rebels had taken hostage, before the main verb", d, "The French engineers, whom Malian rebels had taken hostage in March, were freed on Sunday.", "181", "MLIREB>FRACVL", ""},
		{"whom a group took hostage, after an object", d, "Officials named the Korean aid workers whom the Taliban took hostage last week.", "181", "AFGREB>KORCVL", ""},
		{"whom pirates had taken hostage", d, "Manila welcomed home the Filipino sailors whom Somali pirates had taken hostage.", "181", "SOMCRM>PHL", ""},
		{"whom a named group had taken hostage", d, "Nigerian troops freed the Chinese workers whom Boko Haram had taken hostage.", "181", "NGARAD>CHNCVL", ""},
	})
}

// TestConstructionAnsweredDemand: a demand a verb answers ("conceded to
// demands from X", "rejected demands from X") is told by the answer; it is
// not coded again as a demand with no one it is aimed at.
func TestConstructionAnsweredDemand(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rejected demands from", d, "Israel rejected demands from the United Nations to withdraw from Lebanon.", "10", "", ""},
		{"gave in to demands from", d, "The Nigerian government gave in to demands from striking doctors.", "10", "", ""},
		{"conceded to demands from", d, "President Assad conceded to demands from Syrian protesters for reform.", "10", "", ""},
		{"accepted demands by", d, "The junta accepted demands by ECOWAS to hold elections.", "10", "", ""},
		{"the answer is still coded", d, "The Nigerian government gave in to demands from striking doctors.", "0832", "NGAGOV>NGACVL", ""},
	})
}

// TestConstructionObjectAuthor: an entry whose target preposition is
// absent ("accept obj:demand ?to=T" on "accepted demands from NATO")
// takes the author of its object: its possessor or its "from" or "by"
// phrase.
func TestConstructionObjectAuthor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accepted demands from", d, "Serbia accepted demands from NATO to withdraw its troops.", "0832", "SRB>IGONATO", ""},
		{"accepted demands by", d, "The junta accepted demands by ECOWAS to hold elections.", "0832", "GOV>IGOWAF", ""},
		{"accepted a proposal from", d, "Ukraine accepted a proposal from Turkey for a prisoner exchange.", "030", "UKR>TUR", ""},
		{"accepted an offer from", d, "Iran accepted an offer from Oman to mediate.", "030", "IRN>OMN", ""},
	})
}
