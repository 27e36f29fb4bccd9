package pipeline

import "testing"

// TestFamilyOrderedOut: foreigners no actor names told, forced or given a time to leave
// are expelled (174); people with an actor of their own were already ("ordered two American
// journalists to leave"), and a state's own troops or citizens told to leave are not.
func TestFamilyOrderedOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"told aliens to leave", d, "Nigeria told all illegal aliens to leave the country within two weeks.", "174", "NGA>", ""},
		{"told foreigners to leave", d, "Ghana told all foreigners to leave the country by Friday.", "174", "GHA>", ""},
		{"forced migrants to leave", d, "Algeria forced thousands of migrants to leave its territory last month.", "174", "DZA>DZACVL", ""},
		{"ordered foreign workers to quit", d, "Kuwait ordered foreign workers to quit the emirate.", "174", "KWT>CVL", ""},
		{"gave refugees days to leave", d, "Pakistan gave the refugees three days to leave the camps.", "174", "PAK>REF", ""},
		{"foreigners told to register", d, "The ministry told all foreigners to register with the police.", "174", "", ""},
		{"citizens told to leave", d, "The State Department told all Americans to leave Lebanon.", "174", "", ""},
	})
}

// TestFamilySentenceRaised: a court that raises, increases, extends or doubles a sentence passes
// it again, harder (116); a law that raises the maximum jail term passes none.
func TestFamilySentenceRaised(t *testing.T) {
	testLexRows(t, []lexRow{
		{"raised the sentence", d, "Egypt's Supreme Court raised the sentence of the opposition leader to life in prison.", "116", "EGYJUD>EGYOPP", ""},
		{"increased his prison term", d, "A Moscow appeals court increased Navalny's prison term to 19 years.", "116", "RUSJUD>RUSOPP", ""},
		{"doubled the jail sentence", d, "The Kenyan high court doubled the jail sentence of the former minister.", "116", "KENJUD>KENGOV", ""},
		{"extended her sentence", d, "An Iranian court extended the sentence of the activist by five years.", "116", "IRNJUD>IRNOPP", ""},
		{"law raises the maximum term", d, "Kenya's cabinet approved a bill raising the maximum jail term for poaching to life.", "116", "", ""},
	})
}

// TestFamilyInquiryOrdered: a commission or panel ordered, formed, named or announced into a
// matter is an inquiry opened (090); one formed for another task is none.
func TestFamilyInquiryOrdered(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered a commission of inquiry", d, "President Ruto ordered a commission of inquiry into the shootings.", "09", "KENGOV>", ""},
		{"formed a panel into", d, "Kenya's president formed a panel into the deaths of the protesters.", "09", "KENGOV>KENOPP", ""},
		{"named a commission into", d, "The Nigerian government named a commission into the riots in Kano.", "09", "NGAGOV>NGA", ""},
		{"announced a fact-finding mission", d, "Ghana announced a fact-finding mission on the clashes in Bawku.", "09", "GHA>GHA", ""},
		{"formed a commission to draft", d, "Mali's junta formed a commission to draft a new charter.", "09", "", ""},
	})
}

// TestFamilySignedPaper: a deal named by its paper ("the document", "the text") and signed is an
// agreement signed (057); a decree or a bill is not.
func TestFamilySignedPaper(t *testing.T) {
	testLexRows(t, []lexRow{
		{"signed the document", d, "The rebel leader signed the document a day earlier at his headquarters.", "057", "REB>", ""},
		{"signed the final text", d, "Sudan's army and the RSF signed the final text in Jeddah.", "057", "SDNMIL>SDNMIL", ""},
		{"initialled the document", d, "Serbia and Kosovo initialled the document in Brussels.", "057", "SRB>XKX", ""},
		{"signed the decree", d, "Bolivia's president signed the decree on Monday.", "057", "", ""},
	})
}

// TestFamilyCondemningNames: an act called by its bigotry, its murder or barbarism, or a blow
// against the state is condemned (111); a word of no blame is no condemnation.
func TestFamilyCondemningNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called the remark racist", d, "The Dutch prime minister called the remark racist.", "111", "NLDGOV>", ""},
		{"called the comments xenophobic", d, "Germany's foreign minister called the comments xenophobic and insulting.", "111", "DEUGOV>", ""},
		{"called the attack a murderous act", d, "The Greek prime minister called the attack a murderous act.", "111", "GRCGOV>", ""},
		{"branded the bombing an act of barbarism", d, "France branded the bombing an act of barbarism.", "111", "FRA>", ""},
		{"called the killing an outrage", d, "Kenya's president called the killing an outrage.", "111", "KENGOV>", ""},
		{"called it a blow against the republic", d, "The Italian communist leader called the kidnapping a blow against the republic.", "111", "ITAGOV>", ""},
		{"called the talks constructive", d, "The Greek prime minister called the talks constructive.", "111", "", ""},
	})
}

// TestFamilyPowerAssumed: power assumed by soldiers or a junta, or in a coup, is seized (172);
// power assumed by a new president or a vice president is not.
func TestFamilyPowerAssumed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"junta assumed power", d, "Niger's junta assumed power on Wednesday.", "172", "NERGOV>", ""},
		{"colonels assumed control of the country", d, "Mali's colonels assumed control of the country on Tuesday.", "172", "MLIMIL>MLIGOV", ""},
		{"assumed power in a coup", d, "Niger's generals assumed power in a coup.", "172", "NERMIL>NERGOV", ""},
		{"president assumed power", d, "Kenya's new president assumed power in September.", "172", "", ""},
		{"vice president assumed power", d, "Zambia's vice president assumed power after the president died.", "172", "", ""},
	})
}

// TestFamilyShipSeized: the ships news names seized are property seized (171); a ship or a
// building seized with hostages in it is a hostage-taking (181).
func TestFamilyShipSeized(t *testing.T) {
	testLexRows(t, []lexRow{
		{"seized a freighter", d, "Iran seized a freighter in the Gulf.", "171", "IRN>", ""},
		{"seized a container ship", d, "Iran seized a container ship near the Strait of Hormuz.", "171", "IRN>", ""},
		{"seized a ferry", d, "Libyan coastguards seized a ferry off Tripoli.", "171", "LBYCOP>LBY", ""},
		{"seized a freighter with hostages", d, "Tamil rebels seized a freighter with several hostages.", "181", "REB>CVL", ""},
		{"seized the embassy with hostages", d, "Colombian guerrillas seized the Dominican embassy with dozens of hostages.", "181", "COLREB>DOMGOV", ""},
		{"seized a freighter carrying grain", d, "Iran seized a freighter carrying grain.", "181", "", ""},
	})
}

// TestFamilyBackedOut: a plan backed out of or backed away from, or a deal gone back on, is
// refused after all (127), a promise so is broken (128); troops backing away from a border
// refuse nothing.
func TestFamilyBackedOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"backed out of the plan", d, "Yemen's president had backed out of the plan.", "12", "YEMGOV>", ""},
		{"backed out of the proposal", d, "Kenya backed out of the proposal.", "12", "KEN>", ""},
		{"went back on the accord", d, "Iran went back on the accord.", "12", "IRN>", ""},
		{"went back on their promise", d, "The rebels went back on their promise.", "12", "REB>", ""},
		{"troops backed away from the border", d, "The troops backed away from the border.", "12", "", ""},
		{"went back on Monday", d, "The Kenyan minister went back on Monday to Kabul.", "12", "", ""},
	})
}
