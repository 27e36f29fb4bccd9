package pipeline

import "testing"

// TestNuclearDeviceShowOfForce: a nuclear device exploded is a test, a
// show of force (150), not a bombing (183); a bomb set off stays one.
func TestNuclearDeviceShowOfForce(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"set off", d, "India set off two more nuclear devices in the Rajasthan desert on Wednesday.", "150", "IND>IND", ""},
		{"exploded", d, "Pakistan exploded five nuclear devices on Thursday in the Chagai hills.", "150", "PAK>", ""},
		{"detonated", d, "North Korea detonated a hydrogen bomb at its northern test site, state media said.", "150", "PRK>", ""},
		{"atomic bomb", d, "France exploded an atomic bomb at Mururoa atoll on Tuesday.", "150", "FRA>", ""},
		{"not a bombing", d, "India set off two more nuclear devices in the Rajasthan desert on Wednesday.", "183", "", ""},
		{"the blast judged", d, "France tests again\n\nWELLINGTON, New Zealand —\n\nFrance exploded a nuclear device beneath Mururoa atoll on Tuesday. In Canberra, Prime Minister Paul Keating condemned the blast as stupid.", "111", "AUSGOV>FRA", ""},
		{"guard: used on a city", d, "The United States detonated an atomic bomb over Nagasaki on Thursday.", "2042", "USA>JPN", ""},
		{"guard: car bomb", d, "Militants set off a car bomb outside a police station in Kabul on Monday.", "150", "", ""},
		{"guard: bomb is 183", d, "Militants exploded a bomb in a market in Peshawar on Monday.", "183", "PAKREB>PAK", ""},
	})
}

// TestSuspendedFromOffice: a person suspended is suspended from office
// (172), as one dismissed; a state suspended by its bloc stays 166.
func TestSuspendedFromOffice(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"president", d, "Peru's Congress voted to suspend President Martin Vizcarra for moral incapacity.", "172", "PERLEG>PERGOV", ""},
		{"as chief justice", d, "Pakistan's Supreme Court suspended Chief Justice Sajjad Ali Shah on Thursday.", "172", "PAKJUD>PAKJUD", ""},
		{"pronoun in a story", d, "Congress moves against Vizcarra\n\nLIMA, Peru —\n\nPresident Martin Vizcarra refused to resign. The opposition-controlled Congress suspended him on Friday.", "172", "PERLEG>PERGOV", ""},
		{"governor", d, "Brazil's Supreme Court suspended the governor of Rio de Janeiro, Wilson Witzel, on Friday.", "172", "BRAJUD>BRAGOV", ""},
		{"guard: bloc", d, "The African Union suspended Mali on Friday after the coup.", "166", "IGOAFR>MLI", ""},
		{"guard: bloc not 172", d, "The African Union suspended Mali on Friday after the coup.", "172", "", ""},
		{"guard: aid", d, "The United States suspended military aid to Thailand on Friday.", "172", "", ""},
	})
}

// TestSilenceGuns: guns silenced are a truce declared (0871), not
// critics silenced (1721).
func TestSilenceGuns(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"decided to", d, "The Tamil Tigers said they had decided to silence their guns.", "0871", "LKAREB>", ""},
		{"plain", d, "The FARC silenced their guns on Sunday, Colombia's government said.", "0871", "COLPTY>", ""},
		{"not a restriction", d, "The Tamil Tigers said they had decided to silence their guns.", "1721", "", ""},
		{"guard: critics", d, "Russia's government silenced its critics by closing the newspaper Novaya Gazeta.", "1721", "RUSGOV>RUSOPP", ""},
		{"guard: press", d, "The junta in Myanmar silenced the independent press on Monday.", "1721", "MMRGOV>MMRCVL", ""},
	})
}

// TestForceHeldOutByWarner: force to come told in the passive with no
// doer, in what a speaker warns of, is the speaker's threat (13), not an
// attack by someone unknown.
func TestForceHeldOutByWarner(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"could be hit", d, "Yemen's Houthi rebels warned that Saudi facilities could be hit again at any time.", "13", "YEMREB>SAU", ""},
		{"could be attacked", d, "Iran warned on Monday that Israeli embassies abroad could be attacked.", "13", "IRN>ISRGOV", ""},
		{"would be struck", d, "Hezbollah warned that Israeli towns would be struck if the raids went on.", "13", "LBNRAD>ISR", ""},
		{"will be bombed", d, "Russia warned that Ukrainian cities will be bombed.", "13", "RUS>UKR", ""},
		{"guard: not a warning", d, "Officials in Kabul said the village could be shelled again.", "13", "", ""},
		{"guard: denied", d, "Russia warned that the aid convoy would not be attacked.", "13", "", ""},
		{"guard: done", d, "Iran warned Israel after its embassy in Damascus was attacked on Monday.", "13", "", ""},
		{"guard: with a doer", d, "Seoul warned that its ships could be attacked by North Korean submarines.", "13", "", ""},
	})
}

// TestWhInfinitiveNoAct: an infinitive a wh-word opens ("on how to fund
// the budget", "what to do") is a question spoken of, not the act a
// frame asks for: the frame speaks of its own object.
func TestWhInfinitiveNoAct(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"talks on how to fund", d, "President William Ruto invited opposition leaders to talks on how to fund the budget.", "026", "KENGOV>KENOPP", ""},
		{"no aid asked", d, "President William Ruto invited opposition leaders to talks on how to fund the budget.", "0231", "", ""},
		{"talks on how to end", d, "Qatar invited the Taliban to talks on how to end the war.", "026", "QAT>AFGREB", ""},
		{"no ceasefire asked", d, "Qatar invited the Taliban to talks on how to end the war.", "0256", "", ""},
		{"guard: plain infinitive", d, "President William Ruto invited the opposition to join the government.", "02", "KENGOV>KENOPP", ""},
		{"guard: urged to release", d, "The United Nations urged Iran to release the British sailors.", "0253", "IGOUNO>IRN", ""},
	})
}

// TestBlockedInProtest: a seat of power surrounded, besieged or occupied
// in protest is a protest that blocks it (144), whoever does it, soldiers
// among them; forces that surround a place with no protest named impose
// a blockade (191).
func TestBlockedInProtest(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"soldiers and students", d, "Thousands of Papua New Guinea soldiers, students and residents surrounded Parliament House in Port Moresby in protest at the hiring of mercenaries.", "144", "PNGMIL>PNGLEG", ""},
		{"not a blockade", d, "Thousands of Papua New Guinea soldiers, students and residents surrounded Parliament House in Port Moresby in protest at the hiring of mercenaries.", "191", "", ""},
		{"besieged in protest", d, "Hundreds of Kenyan traders besieged the county offices in Nairobi in protest against new taxes.", "144", "KENCVL>KENGOV", ""},
		{"occupied in protest", d, "Chilean miners occupied the state copper company's offices in Santiago in protest over job cuts.", "144", "CHLCVL>CHLBUS", ""},
		{"guard: troops", d, "Rebel troops surrounded the presidential palace in Bangui on Monday.", "191", "CAFREB>CAFGOV", ""},
		{"guard: forces besiege", d, "Serb forces besieged Sarajevo for a fourth month.", "191", "SRBMIL>BIHGOV", ""},
	})
}

// TestDeclarationAnnulled: another side's declaration annulled is
// rejected (120), aimed at who made it; an election annulled stays a
// restriction of freedoms (1721).
func TestDeclarationAnnulled(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"annulled", d, "Serbia annulled Kosovo's declaration of independence on Monday.", "120", "SRB>XKX", ""},
		{"nullified", d, "Madrid nullified the Catalan parliament's declaration of independence on Friday.", "12", "ESPGOV>ESPLEG", ""},
		{"invalidated", d, "Georgia's parliament invalidated Abkhazia's proclamation of sovereignty.", "12", "GEOLEG>", ""},
		{"guard: election", d, "Nigeria's military government annulled the results of the presidential election on Wednesday.", "1721", "NGAGOV>NGACVL", ""},
		{"guard: no rejection of a vote", d, "Nigeria's military government annulled the results of the presidential election on Wednesday.", "12", "", ""},
		{"guard: decree eased", d, "Chile's new government annulled the decree banning public meetings.", "12", "", ""},
	})
}
