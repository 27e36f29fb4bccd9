package pipeline

import "testing"

// TestRefusedPhrasalInfinitive reads the verbs of an entry's infinitive
// list as plain verbs, as an entry's head is: "refused to give details" is
// the refusal to comment (011 refuse inf:...|give|...), "refused to give up
// power" refuses "give_up", a verb of its own, and the refusal frame reads
// it (1231; control or land given up, 1243). The last row must code no
// refusal.
func TestRefusedPhrasalInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"maduro refused to give up power", "2024-03-05", "Maduro refused to give up power.", "1231", "VENGOV>VENOPP", ""},
		{"russia refused to give up the occupied", "2024-03-05", "Russia refused to give up the occupied territories.", "1243", "RUS>", ""},
		{"the venezuelan government refused to give up", "2024-03-05", "The Venezuelan government refused to give up control of the oil fields.", "1243", "VENGOV>", ""},
		{"the government refused to give up control", "2024-03-05", "The government refused to give up control of the port.", "1243", "GOV>", ""},
		{"refusing to give details is no refusal", "2024-03-05", "The Kenyan minister refused to give details of the deal.", "12", "", ""},
	})
}

// TestNewsWordingRoots11To17 codes common wire wordings of the acts of
// CAMEO roots 11 to 17 that no lexicon line read: pressure raised on a
// party (170: "stepped up pressure on", "tightened its grip on"), an act
// carried out over objections or in defiance (128: "went ahead with ...
// despite American objections"), a role as mediator suspended or quit
// (165), an initiative quit and a mission asked to leave (166), aid money
// withheld and security coordination suspended (16), closures ordered,
// passports revoked and groups declared illegal (172), a leader held at his
// residence (173), legal action taken (115), prison terms handed down
// (116) and a truce no longer abided by (127). The last rows must code
// nothing of their root.
func TestNewsWordingRoots11To17(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a court in cairo handed down prison", "2024-03-05", "A court in Cairo handed down prison terms to 20 activists.", "116", "EGYJUD>EGYOPP", ""},
		{"australia took china to the world trade", "2024-03-05", "Australia took China to the World Trade Organization.", "115", "AUS>CHN", ""},
		{"beijing tightened its grip on hong kong", "2024-03-05", "Beijing tightened its grip on Hong Kong.", "170", "CHNGOV>HKG", ""},
		{"britain cut its aid budget for kenya", "2024-03-05", "Britain cut its aid budget for Kenya.", "162", "GBR>KEN", ""},
		{"china ramped up pressure on lithuania", "2024-03-05", "China ramped up pressure on Lithuania.", "170", "CHN>LTU", ""},
		{"china stepped up military pressure on taiwan", "2024-03-05", "China stepped up military pressure on Taiwan.", "170", "CHN>TWN", ""},
		{"congo asked the un peacekeepers to leave", "2024-03-05", "Congo asked the UN peacekeepers to leave.", "1661", "COD>IGOUNO", ""},
		{"egypt pulled out of its role as", "2024-03-05", "Egypt pulled out of its role as a mediator.", "165", "EGY>", ""},
		{"india stepped up its pressure on pakistan", "2024-03-05", "India stepped up its pressure on Pakistan.", "170", "IND>PAK", ""},
		{"iran revoked the passports of opposition leaders", "2024-03-05", "Iran revoked the passports of opposition leaders.", "172", "IRN>IRNOPP", ""},
		{"israel went ahead with the settlement plan", "2024-03-05", "Israel went ahead with the settlement plan despite American objections.", "128", "ISR>USA", ""},
		{"israel withheld tax revenue from the palestinian", "2024-03-05", "Israel withheld tax revenue from the Palestinian Authority.", "1621", "ISR>PSE", ""},
		{"malaysia's government declared bersih illegal", "2024-03-05", "Malaysia's government declared Bersih illegal.", "1722", "MYSGOV>MYSOPP", ""},
		{"myanmar's junta ignored the asean peace plan", "2024-03-05", "Myanmar's junta ignored the ASEAN peace plan.", "128", "MMRGOV>IGOASN", ""},
		{"myanmar's junta ordered the closure of the", "2024-03-05", "Myanmar's junta ordered the closure of the universities.", "172", "MMRGOV>", ""},
		{"niger's junta held president bazoum at his", "2024-03-05", "Niger's junta held President Bazoum at his residence.", "173", "NERGOV>NERGOV", ""},
		{"north korea went ahead with the missile", "2024-03-05", "North Korea went ahead with the missile launch in defiance of the United Nations.", "128", "PRK>IGOUNO", ""},
		{"qatar suspended its role as mediator between", "2024-03-05", "Qatar suspended its role as mediator between Israel and Hamas.", "165", "QAT>ISR", ""},
		{"rights groups took legal action against the", "2024-03-05", "Rights groups took legal action against the French government.", "115", "NGO>FRAGOV", ""},
		{"russia increased pressure on moldova", "2024-03-05", "Russia increased pressure on Moldova.", "170", "RUS>MDA", ""},
		{"russia quit the black sea grain initiative", "2024-03-05", "Russia quit the Black Sea grain initiative.", "166", "RUS>", ""},
		{"serbia's government ramped up its pressure on", "2024-03-05", "Serbia's government ramped up its pressure on Kosovo's Serbs.", "170", "SRBGOV>SRBCVL", ""},
		{"soldiers held the president at his residence", "2024-03-05", "Soldiers held the president at his residence.", "173", "MIL>GOV", ""},
		{"sudan's government asked the un mission to", "2024-03-05", "Sudan's government asked the UN mission to leave the country.", "166", "SDNGOV>IGOUNO", ""},
		{"the congolese government took legal action against", "2024-03-05", "The Congolese government took legal action against Rwanda.", "115", "CODGOV>RWA", ""},
		{"the eu cut russian banks off from", "2024-03-05", "The EU cut Russian banks off from SWIFT.", "163", "IGOEUR>RUSBUS", ""},
		{"the egyptian activist refused to eat", "2024-03-05", "The Egyptian activist refused to eat.", "142", "EGYOPP>EGYGOV", ""},
		{"the houthis said they would not abide", "2024-03-05", "The Houthis said they would not abide by the ceasefire.", "127", "YEMREB>", ""},
		{"the palestinian authority suspended security coordination with", "2024-03-05", "The Palestinian Authority suspended security coordination with Israel.", "160", "PSE>ISR", ""},
		{"the united states stepped up pressure on", "2024-03-05", "The United States stepped up pressure on Venezuela's government.", "170", "USA>VENGOV", ""},
		{"the government pressed ahead with the vote", "2024-03-05", "The government pressed ahead with the vote despite international criticism.", "128", "GOV>", ""},
		{"the rebels declared an end to the", "2024-03-05", "The rebels declared an end to the ceasefire.", "127", "REB>", ""},
		{"the rebels said they would not abide", "2024-03-05", "The rebels said they would not abide by the ceasefire.", "127", "REB>", ""},
		{"turkey piled pressure on sweden", "2024-03-05", "Turkey piled pressure on Sweden.", "170", "TUR>SWE", ""},
		{"ukraine took legal action against russia", "2024-03-05", "Ukraine took legal action against Russia.", "115", "UKR>RUS", ""},
		{"washington intensified pressure on iran over its", "2024-03-05", "Washington intensified pressure on Iran over its nuclear programme.", "170", "USAGOV>IRN", ""},
		{"pressure on prices is no coercion", "2024-03-05", "The drought increased pressure on food prices.", "17", "", ""},
		{"going ahead with a rally defies nothing", "2024-03-05", "The Kenyan opposition went ahead with the rally on Saturday.", "12", "", ""},
		{"an act declared illegal is no ban", "2024-03-05", "The Ugandan court declared the tax illegal.", "17", "", ""},
		{"another's role as mediator ended is no halt of one's own", "2024-03-05", "Kenya ended Uganda's role as mediator in the talks.", "165", "", ""},
		{"a delegation asked to stay is no expulsion", "2024-03-05", "Kenya asked the UN mission to stay.", "16", "", ""},
	})
}

// TestStrikeEnforcedAndPactEnded codes a strike enforced (143), a walkout
// from an intergovernmental body (166, as quitting it) and a defence
// agreement ended (166, as revoked). The last row must code no withdrawal:
// a walkout from a meeting.
func TestStrikeEnforcedAndPactEnded(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a general strike enforced", "2024-03-05", "Bangladesh's opposition enforced a general strike.", "143", "BGDOPP>BGDGOV", ""},
		{"walked out of the Council of Europe", "2024-03-05", "Russia walked out of the Council of Europe.", "166", "RUS>IGO", ""},
		{"ended its defence agreements", "2024-03-05", "Mali ended its defence agreements with France.", "166", "MLI>FRA", ""},
		{"ended a military agreement", "2024-03-05", "Niger's junta ended the military agreement with the United States.", "166", "NERGOV>USA", ""},
		{"a walkout from a meeting is no withdrawal", "2024-03-05", "The Kenyan delegation walked out of the meeting.", "166", "", ""},
	})
}
