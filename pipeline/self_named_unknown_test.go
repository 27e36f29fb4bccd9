package pipeline

import "testing"

// TestSelfNamedUnknown pins a group introduced by the name it gives itself
// ("a group calling itself the National Salvation Committee"): a name the
// knowledge lacks is a body because the text says so, of the country of
// its sentence's places, else of the story's, with no sector (the name
// says nothing of what it is); a name whose last noun names a body ("the
// Islamic Liberation Army") keeps that body's sector, but no state's
// (a self-named army is no state's army). With no country to go by, the
// name alone is no actor; a person named so ("a man named") is no group.
func TestSelfNamedUnknown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a committee in Vilnius demands the government go", "1991-01-14",
			"VILNIUS, Lithuania (AP) - A pro-Moscow group calling itself the National Salvation Committee demanded the resignation of the Lithuanian government on Sunday.", "10", "LTU>LTUGOV", ""},
		{"an organisation kidnaps diplomats in Beirut", "1985-03-23",
			"BEIRUT, Lebanon (AP) - A group calling itself the Revolutionary Justice Organisation kidnapped two French diplomats in west Beirut.", "181", "LBN>FRAGOV", ""},
		{"a command attacks police in Peru", "1992-06-05",
			"LIMA, Peru (AP) - A group calling itself the Popular Revolutionary Command attacked a police station in Ayacucho on Thursday.", "190", "PER>PERCOP", ""},
		{"an unknown group kidnaps tourists on Jolo", "2000-04-24",
			"MANILA, Philippines (AP) - A previously unknown group calling itself the Mindanao Freedom Fighters kidnapped 21 tourists on Jolo island.", "181", "PHL>PHLCVL", ""},
		{"a name with no article bombs a bank in Athens", "1999-12-05",
			"ATHENS, Greece (Reuters) - A group calling itself Revolutionary Nuclei bombed a U.S. bank in central Athens on Sunday.", "19", "GRC>USABUS", ""},
		{"a self-named liberation army keeps its rebels' sector", "2004-02-10",
			"NAIROBI, Kenya (AP) - A group calling itself the Islamic Liberation Army attacked a police post near Garissa.", "190", "KENREB>KENCOP", ""},
		{"a self-named army is no state's", "1998-08-09",
			"NAIROBI, Kenya (AP) - A group calling itself the Islamic Army for the Liberation of Holy Places bombed the U.S. Embassy on Friday.", "183", "KEN>", ""},
		// negative: nothing to go by; a person named
		{"neg: no country to go by, no actor", "1985-03-23",
			"A group calling itself the Revolutionary Justice Organisation kidnapped two French diplomats.", "181", "", ""},
		{"neg: a man named is no group", "1985-03-23",
			"BEIRUT, Lebanon (AP) - A man named Jorge Perez kidnapped two French diplomats in west Beirut.", "181", "", ""},
	})
}
