package pipeline

import "testing"

// TestLexiconNewsVerbs covers verbs of news the lexicon lacked, or read
// only in some of their forms: expropriating, withholding military or
// economic aid, nullifying or invalidating a vote, arraigning, scrapping a
// bill, ratifying a bid to join, airlifting food, hiking tariffs, loaning,
// equipping with weapons, subpoenaing, contacting and reaching out, rallying
// lawmakers against, bundling into a car, aid trucks, halting hostilities,
// shooting dead an official (186, as gunning down), a time given to act
// (an ultimatum), coming under fire over a decision (criticism, not
// shooting), and forces told in the passive with no agent as sent or moved somewhere
// ("Russian troops were deployed to the border"). Rows with want "" are
// negations, refusals and conditions that must not code as the act.
func TestLexiconNewsVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expropriate: began to", d, "Bolivia began to expropriate foreign-owned mines.", "171", "BOL>", ""},
		{"expropriate: in the progressive", d, "Zimbabwe is expropriating white-owned farms.", "171", "ZWE>", ""},
		{"expropriate: said he would not", d, "Mexico's president said he would not expropriate the mines.", "171", "", ""},
		{"withhold: military aid from a country", d, "Washington withheld military aid from Egypt.", "1622", "USAGOV>EGY", ""},
		{"withhold: arms, present perfect", d, "Germany has withheld weapons from Turkey since the offensive.", "1622", "DEU>TUR", ""},
		{"withhold: military aid not withheld", d, "The United States has not withheld military aid from Israel.", "1622", "", ""},
		{"nullify: a court nullifies a presidential vote", d, "Kenya's Supreme Court nullified the presidential election.", "1721", "KENJUD>KENCVL", ""},
		{"nullify: passive with agent", d, "Malawi's election was nullified by the Constitutional Court.", "1721", "JUD>MWI", ""},
		{"invalidate: a referendum", d, "Ukraine's Constitutional Court invalidated the referendum in Crimea.", "1721", "UKRJUD>UKRCVL", ""},
		{"invalidate: refused to", d, "The court refused to invalidate the referendum in Moldova.", "1721", "", ""},
		{"arraign: prosecutors arraign a former minister", d, "Nigerian prosecutors arraigned the former oil minister on Monday.", "173", "NGAJUD>NGAGOV", ""},
		{"arraign: will be arraigned", d, "The former governor of Nigeria's central bank will not be arraigned, his lawyer said.", "173", "", ""},
		{"scrap a bill: a president", d, "Kenya's president scrapped the finance bill after the protests.", "0832", "KENGOV>KENOPP", ""},
		{"scrap a bill: a government in the present perfect", d, "France's government has scrapped the immigration bill.", "0832", "FRAGOV>FRAOPP", ""},
		{"scrap a bill: not scrapped", d, "Kenya's president refused to scrap the finance bill.", "0832", "", ""},
		{"ratify a bid: a parliament", d, "Hungary's parliament ratified Sweden's bid to join NATO.", "057", "HUNLEG>SWE", ""},
		{"ratify an application: passive", d, "Finland's application to join NATO was ratified by Turkey's parliament.", "057", "TURLEG>FIN", ""},
		{"ratify a bid: delayed", d, "Turkey's parliament has not ratified Sweden's bid to join NATO.", "057", "", ""},
		{"airlift: food and medicine", d, "The Indian air force airlifted food and medicine to Sri Lanka.", "073", "INDMIL>LKA", ""},
		{"airlift: medical supplies", d, "Jordan airlifted medical supplies to Gaza on Thursday.", "073", "JOR>PSE", ""},
		{"airlift: generic aid stays 070", d, "Turkey airlifted aid to Libya.", "070", "TUR>LBY", ""},
		{"hike tariffs: a country", d, "The United States hiked tariffs on Chinese electric vehicles.", "163", "USA>CHN", ""},
		{"hike duties: passive with agent", d, "Import duties on Chinese steel were hiked by Canada.", "163", "CAN>CHN", ""},
		{"hike tariffs: no plans to", d, "India has no plans to hike tariffs on Chinese goods.", "163", "", ""},
		{"loan: a country lends money", d, "Japan loaned Indonesia two billion dollars.", "071", "JPN>IDN", ""},
		{"loan: to a country", d, "China loaned 500 million dollars to Laos.", "071", "CHN>LAO", ""},
		{"equip: rebels with weapons", d, "Russia equipped the separatists in Ukraine with tanks and artillery.", "072", "RUS>UKRREB", ""},
		{"equip: militias with drones", d, "Iran equipped Iraqi militias with drones.", "072", "IRN>IRQUAF", ""},
		{"equip: equipped with no supplier", d, "Ukrainian troops were equipped with American rifles.", "072", "", ""},
		{"subpoena: a committee of Congress", d, "A US congressional committee subpoenaed the former president's adviser.", "090", "USA>GOV", ""},
		{"contact: a government contacts another", d, "China contacted the Philippines through diplomatic channels.", "040", "CHN>PHL", ""},
		{"contact: not contacted", d, "Moscow has not contacted Kyiv about the proposal.", "040", "", ""},
		{"reach out to: a leader", d, "The Brazilian president reached out to Argentina's leader after the election.", "040", "BRAGOV>ARGGOV", ""},
		{"reach out to for aid stays an appeal", d, "Pakistan reached out to China for financial help.", "0231", "PAK>CHN", ""},
		{"rally lawmakers against a bill", d, "Kenya's opposition leader rallied lawmakers against the finance bill.", "113", "KENOPP>", ""},
		{"bundle into a car: police", d, "Egyptian police bundled the activist into a car.", "173", "EGYCOP>EGYOPP", ""},
		{"bundle into a van: gunmen", d, "Armed men bundled the Syrian journalist into a van.", "173", "UAF>SYRMED", ""},
		{"block aid trucks", d, "Israel blocked aid trucks from entering Gaza.", "1623", "ISR>", ""},
		{"send aid trucks", d, "Jordan sent 50 aid trucks to Gaza.", "073", "JOR>PSE", ""},
		{"allow aid trucks", d, "Egypt allowed aid trucks into Gaza through the Rafah crossing.", "0863", "EGY>PSE", ""},
		{"halt hostilities", d, "Sudan's army halted hostilities in Khartoum for three days.", "087", "SDNMIL>SDN", ""},
		{"halt fighting noun", d, "The Ethiopian army halted its shelling of Mekele on Sunday.", "087", "ETHMIL>ETH", ""},
		{"halt hostilities: refused", d, "Sudan's army refused to halt hostilities.", "087", "", ""},
		{"deployed passive: troops to a border", d, "Russian troops were deployed to the border with Finland.", "154", "RUSMIL>FIN", ""},
		{"deployed passive: warships into waters", d, "Chinese warships were sent into the disputed waters on Monday.", "154", "CHNMIL>", ""},
		{"dispatched passive: jets", d, "British fighter jets were dispatched to Cyprus.", "154", "GBRMIL>CYP", ""},
		{"moved passive: carriers", d, "Two US aircraft carriers were moved into the Gulf.", "154", "USAMIL>", ""},
		{"moved passive: tanks to the border", d, "Turkish tanks were moved to the Syrian border overnight.", "154", "TURMIL>SYR", ""},
		{"deployed passive: negated", d, "Russian troops were not deployed to the border, the ministry said.", "154", "", ""},
		{"deployed passive: a condition", d, "American troops could be deployed to Poland if the crisis deepens.", "154", "", ""},
		{"deployed passive: in the streets is no move towards anyone", d, "Soldiers were deployed in the streets of the capital of Kenya.", "154", "", ""},
		{"deployed passive: peacekeepers", d, "Kenyan peacekeepers were deployed to Haiti in June.", "074", "KENMIL>HTI", ""},
		{"sent passive: police", d, "Extra French riot police were sent to Marseille after the riots.", "153", "FRACOP>FRA", ""},
		{"shoot dead: a governor is an assassination", d, "Gunmen shot dead a provincial governor in Afghanistan.", "186", "UAF>AFGGOV", ""},
		{"shoot dead: a mayor", d, "Unknown attackers shot dead the mayor of a town in Mexico.", "186", "UAF>MEXGOV", ""},
		{"shoot dead: soldiers are no assassination", d, "Gunmen shot dead two soldiers in Kashmir.", "186", "", ""},
		{"shoot dead: protesters stay 175", d, "Police shot dead three protesters in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"give a week to act: an ultimatum", d, "The West African bloc gave Niger's junta a week to restore the president.", "139", "IGOWAF>NERGOV", ""},
		{"give days to act: an ultimatum", d, "Turkey gave Sweden 30 days to extradite the suspects.", "139", "TUR>SWE", ""},
		{"give days to leave stays an expulsion", d, "Russia gave the British diplomats seven days to leave the country.", "139", "", ""},
		{"come under fire over: criticism", d, "Egypt's government came under fire from rights groups over the new security law.", "111", "NGO>EGYGOV", ""},
		{"come under fire for: criticism", d, "Britain's interior minister came under fire from opposition lawmakers for the deportation plan.", "111", "GBRLEG>GBRGOV", ""},
		{"come under fire from rebels: shooting", d, "A UN convoy came under fire from rebels near Goma.", "111", "", ""},
	})
}
