package pipeline

import "testing"

// TestAdjectiveOwner: a response to an act or a thing whose phrase names
// its state only by a nationality adjective, a state's name or its capital
// ("the European offer", "Washington's plan", "the American arms sale to
// Taiwan") targets that state, not the place or recipient after "to".
func TestAdjectiveOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		// reject / turn down
		{"turned down the European offer", d, "Iran turned down the European offer.", "12", "IRN>IGOEUR", ""},
		{"rejected the American proposal", "1991-03-01", "Iraq rejected the American proposal on Friday.", "12", "IRQ>USA", ""},
		{"rejected the Egyptian ceasefire plan", "2014-07-16", "Hamas rejected the Egyptian ceasefire plan.", "12", "PSEREB>EGY", ""},
		{"dismissed the Russian offer", "2015-10-01", "Turkey dismissed the Russian offer of talks.", "12", "TUR>RUS", ""},
		{"rebuffed the British proposal", "1982-05-01", "Argentina rebuffed the British proposal for a ceasefire.", "12", "ARG>GBR", ""},
		{"rejected Washington's plan", "2020-01-29", "The Palestinian Authority rejected Washington's peace plan.", "12", "PSE>USAGOV", ""},
		{"rejected Beijing's proposal", "2019-06-01", "Vietnam rejected Beijing's proposal on the South China Sea.", "12", "VNM>CHNGOV", ""},
		{"rejected West African sanctions", "2022-01-10", "Mali's junta rejected the West African sanctions.", "12", "MLIGOV>IGOWAF", ""},
		{"rejected the Arab peace plan", "2002-03-28", "Israel rejected the Arab peace plan.", "12", "ISR>IGOARL", ""},
		{"rejected the Gulf initiative", "2011-05-01", "Yemen's opposition rejected the Gulf initiative.", "12", "YEMOPP>IGOGCC", ""},
		{"not: a region's leaders name no body by themselves", "2015-01-01", "European leaders rejected the Russian proposal.", "12", "GOV>RUS", ""},
		// accept / welcome
		{"accepted the French proposal", "2008-08-12", "Georgia accepted the French proposal for a ceasefire.", "03", "GEO>FRA", ""},
		{"welcomed the Japanese offer", "2011-03-20", "Indonesia welcomed the Japanese offer of aid.", "03", "IDN>JPN", ""},
		{"accepted the African peace proposal", "2006-05-05", "Sudan accepted the African peace proposal.", "03", "SDN>IGOAFR", ""},
		{"accepted the European offer", "2004-11-15", "Iran accepted the European offer on enrichment.", "03", "IRN>IGOEUR", ""},
		{"welcomed the West African decision", "2022-07-04", "Mali welcomed the West African decision to lift sanctions.", "05", "MLI>IGOWAF", ""},
		{"welcomed the German decision", "2022-01-01", "Poland welcomed the German decision on Tuesday.", "05", "POL>DEU", ""},
		{"welcomed the Indian plan", "2004-01-01", "Pakistan welcomed the Indian plan for talks.", "03", "PAK>IND", ""},
		// condemn / denounce / criticise
		{"condemned the Israeli strikes", "2006-07-15", "Lebanon condemned the Israeli strikes on Beirut.", "11", "LBN>ISR", ""},
		{"condemned Israeli air strikes", "2021-05-12", "Jordan condemned Israeli air strikes on Gaza.", "11", "JOR>ISR", ""},
		{"denounced the American sanctions", "2019-05-01", "Venezuela denounced the American sanctions as illegal.", "11", "VEN>USA", ""},
		{"criticised the Chinese deployment", "2016-02-18", "The Philippines criticised the Chinese deployment of missiles in the Paracels.", "11", "PHL>CHN", ""},
		{"condemned the Turkish offensive", "2019-10-10", "France condemned the Turkish offensive in northern Syria.", "11", "FRA>TUR", ""},
		{"criticised the Saudi decision", "2017-06-06", "Qatar criticised the Saudi decision to cut ties.", "11", "QAT>SAU", ""},
		{"condemned the Soviet invasion", "1980-01-05", "Pakistan condemned the Soviet invasion of Afghanistan.", "11", "PAK>RUS", ""},
		{"denounced the Moroccan plan", "2007-04-12", "The Polisario Front denounced the Moroccan autonomy plan.", "11", "ESHREB>MAR", ""},
		// protest
		{"protested the American arms sale to Taiwan", "2019-07-09", "Beijing protested the American arms sale to Taiwan.", "14", "CHNGOV>USA", ""},
		{"condemned the British arms sales to Saudi Arabia", "2019-06-20", "Yemen's Houthis condemned the British arms sales to Saudi Arabia.", "11", "YEMREB>GBR", ""},
		{"protested the German arms exports to Turkey", "1992-04-01", "Greece protested the German arms exports to Turkey.", "14", "GRC>DEU", ""},
		{"objected to the Chinese arms supplies to Pakistan", "1998-05-01", "India objected to the Chinese arms supplies to Pakistan.", "11", "IND>CHN", ""},
		{"denounced the American decision to move its embassy to Jerusalem", "2017-12-07", "The Arab League denounced the American decision to move its embassy to Jerusalem.", "11", "IGOARL>USA", ""},
		{"protested the Russian arms deliveries to Armenia", "2020-10-01", "Azerbaijan protested the Russian arms deliveries to Armenia.", "14", "AZE>RUS", ""},
		{"not: protested to a state over a deed", "2010-09-10", "Japan protested to China over the detention of its fishermen.", "114", "JPN>CHN", ""},
		{"filed a complaint about the Togolese closure", "2005-05-01", "Ghana filed a complaint about the Togolese border closure.", "114", "GHA>TGO", ""},
		{"lodged a protest over China's oil rig", "2014-05-05", "Vietnam lodged a protest over China's oil rig in its waters.", "114", "VNM>CHN", ""},
		{"not: a protest lodged with a state over an act of no one", "2010-09-10", "China lodged a protest with Japan over the detention of its citizens.", "114", "CHN>JPN", ""},
		{"protested the Japanese visit", "2013-12-27", "South Korea protested the Japanese prime minister's visit to the shrine.", "14", "KOR>JPNGOV", ""},
		{"lodged a protest over the Indian deployment", "2020-06-01", "Nepal lodged a protest over the Indian deployment of troops at Lipulekh.", "11", "NPL>IND", ""},
		{"protested against the French tests", "1995-09-06", "New Zealand protested against the French nuclear tests in the Pacific.", "14", "NZL>FRA", ""},
		// call X illegal
		{"labelled the European sanctions illegal", "2014-08-01", "Russia labelled the European sanctions illegal.", "11", "RUS>IGOEUR", ""},
		{"called the American embargo illegal", "1996-01-01", "Cuba called the American embargo illegal.", "11", "CUB>USA", ""},
		{"called the North Korean launch a provocation", "2012-12-12", "Japan called the North Korean missile launch a provocation.", "11", "JPN>PRK", ""},
		{"called the South African raid a crime", "1986-05-20", "Zimbabwe called the South African raid a crime.", "11", "ZWE>ZAF", ""},
		{"branded the Sri Lankan offensive a massacre", "2009-04-20", "India branded the Sri Lankan offensive a massacre.", "11", "IND>LKA", ""},
		{"not: a nationality's plural subject of launch", "2010-11-23", "North Korean troops launch attacks on South Korean border posts.", "19", "PRKMIL>KOR", ""},
		{"condemned the South Korean rocket launch", "2023-05-31", "Pyongyang condemned the South Korean rocket launch.", "11", "PRKGOV>KOR", ""},
		{"described the Israeli settlement plan as illegal", "2010-03-10", "Egypt described the Israeli settlement expansion as illegal.", "11", "EGY>ISR", ""},
		{"termed the Ethiopian dam project a threat", "2020-06-01", "Egypt termed the Ethiopian dam project a threat.", "11", "EGY>ETH", "no frame: termed X a threat"},
		// tariffs / sale / launch
		{"condemned the Chinese missile launch", "1996-03-08", "Taiwan condemned the Chinese missile launch near its coast.", "11", "TWN>CHN", ""},
		{"criticised the American tariffs on steel", "2018-03-02", "Canada criticised the American tariffs on steel.", "11", "CAN>USA", ""},
		{"protested the Russian gas sale to Hungary", "2021-09-28", "Ukraine protested the Russian gas deal with Hungary.", "14", "UKR>RUS", ""},
		{"condemned the French arms sales to Iraq", "1985-01-01", "Iran condemned the French arms sales to Iraq.", "11", "IRN>FRA", ""},
		{"rejected the Ugandan troops' presence", "1999-01-01", "Congo rejected the Ugandan troops' presence in Ituri.", "12", "COD>UGAGOV", ""}, // a refusal of another state's forces is of their state (policy.tsv's between)
		// capital as owner
		{"rejected Moscow's demands", "2022-01-10", "NATO rejected Moscow's security demands.", "12", "IGONATO>RUSGOV", ""},
		{"criticised Tehran's nuclear plan", "2005-08-01", "Britain criticised Tehran's nuclear plan.", "11", "GBR>IRNGOV", ""},
		{"welcomed Pyongyang's offer", "2018-01-02", "Seoul welcomed Pyongyang's offer of talks.", "03", "KORGOV>PRKGOV", ""},
		{"condemned Ankara's decision", "2020-07-10", "Greece condemned Ankara's decision on the Hagia Sophia.", "11", "GRC>TURGOV", ""},
		// passive / other tenses
		{"the European offer was rejected by Iran", d, "The European offer was rejected by Iran.", "12", "IRN>IGOEUR", ""},
		{"will reject any American proposal", d, "Iran has rejected every American proposal.", "12", "IRN>USA", ""},
		{"has denounced the Kenyan incursion", "2011-10-20", "Somalia's al-Shabaab has denounced the Kenyan incursion.", "11", "SOMRAD>KEN", ""},
		{"was critical of the Brazilian decision", "2009-01-01", "Argentina criticized the Brazilian decision to raise tariffs.", "11", "ARG>BRA", ""},
		{"Nigeria rejected the Cameroonian claim", "2002-10-11", "Nigeria rejected the Cameroonian claim to Bakassi.", "016", "NGA>CMR", ""},
		{"Colombia denounced the Venezuelan troop deployment", "2008-03-03", "Colombia denounced the Venezuelan troop deployment on the border.", "11", "COL>VEN", ""},
		// not: an actor heading the object or the adjective being the subject's own
		{"not: own adjective", "2014-07-16", "Egypt defended the Egyptian ceasefire plan.", "0", "", ""},
	})
}

// TestAdjectiveOwnerVerbs: the same construction under wire verbs and
// idioms of disapproval and refusal (slam, hit out at, spurn, brush aside,
// scoff at, object to, decry) and in headline form.
func TestAdjectiveOwnerVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"slammed the Israeli raids", "2008-12-28", "Syria slammed the Israeli raids on Gaza.", "11", "SYR>ISR", ""},
		{"hit out at the American tariffs", "2019-05-10", "China hit out at the American tariffs on Friday.", "11", "CHN>USA", ""},
		{"blasted the Turkish incursion", "2018-01-25", "Syria blasted the Turkish incursion into Afrin.", "11", "SYR>TUR", ""},
		{"spurned the Syrian offer", "1991-01-01", "Israel spurned the Syrian offer of talks.", "12", "ISR>SYR", ""},
		{"brushed aside the Ethiopian proposal", "2021-01-01", "Sudan brushed aside the Ethiopian proposal on the dam.", "12", "SDN>ETH", ""},
		{"scoffed at the Russian proposal", "2022-03-01", "Ukraine scoffed at the Russian proposal for humanitarian corridors.", "12", "UKR>RUS", ""},
		{"headline rejects the EU offer", "2005-08-06", "Iran rejects European offer on nuclear programme.", "12", "IRN>IGOEUR", ""},
		{"headline slams the Chinese drills", "2022-08-05", "Taiwan slams Chinese military drills.", "11", "TWN>CHNMIL", ""},
		{"voiced opposition to the Indian dam", "2016-09-01", "Pakistan voiced opposition to the Indian dam project on the Indus.", "11", "PAK>IND", ""},
		{"objected to the Japanese plan", "2021-04-13", "South Korea objected to the Japanese plan to release water.", "11", "KOR>JPN", ""},
		{"decried Washington's sanctions", "2018-11-05", "Tehran decried Washington's sanctions as economic terrorism.", "11", "IRNGOV>USAGOV", ""},
		{"opposed Moscow's annexation", "2014-03-18", "Kazakhstan opposed Moscow's annexation of Crimea.", "11", "KAZ>RUSGOV", ""},
		{"turned down Kigali's offer", "1996-01-01", "Zaire turned down Kigali's offer of talks.", "12", "COD>RWAGOV", ""},
		{"condemned the Nigerian air strike", "2017-01-17", "Niger condemned the Nigerian air strike on the camp.", "11", "NER>NGA", ""},
		{"called the Iraqi invasion illegal", "1990-08-03", "Egypt called the Iraqi invasion of Kuwait illegal.", "11", "EGY>IRQ", ""},
		{"described the Serbian offensive as genocide", "1993-04-20", "Bosnia described the Serbian offensive as genocide.", "11", "BIH>SRB", ""},
		{"rejected the Argentine claim", "1982-04-05", "Britain rejected the Argentine claim to the Falklands.", "016", "GBR>ARG", ""},
		{"protested the Chinese fishing ban", "2012-05-15", "The Philippines protested the Chinese fishing ban in the sea.", "14", "PHL>CHN", ""},
		{"condemned the Pakistani shelling", "2019-02-27", "India condemned the Pakistani shelling along the Line of Control.", "11", "IND>PAK", ""},
		{"rejected the Venezuelan ultimatum", "2015-09-01", "Guyana rejected the Venezuelan ultimatum over the Essequibo.", "12", "GUY>VEN", ""},
		{"denounced the Moroccan operation", "2020-11-13", "Algeria denounced the Moroccan military operation at Guerguerat.", "11", "DZA>MARMIL", ""},
		{"criticised the Hungarian veto", "2022-12-01", "Ukraine criticised the Hungarian veto on EU aid.", "11", "UKR>HUN", ""},
		{"rejected the Thai accusation", "2008-10-16", "Cambodia rejected the Thai accusation of border intrusion.", "016", "KHM>THA", ""},
		{"welcomed the Cuban offer", "1999-01-01", "Colombia welcomed the Cuban offer to host the talks.", "03", "COL>CUB", ""},
		{"accepted the Qatari mediation", "2008-05-21", "Lebanon's rivals accepted the Qatari mediation.", "03", "LBN>QAT", ""},
		{"scoffed at the Israeli offer", "2014-08-01", "Hamas scoffed at the Israeli offer of a truce.", "12", "PSEREB>ISR", ""},
		{"sneered at the American offer", "2019-01-01", "Pyongyang sneered at the American offer of talks.", "12", "PRKGOV>USA", ""},
		{"not: accusations scoffed at are denied", "2018-03-14", "Moscow scoffed at the British allegations.", "016", "RUSGOV>GBR", ""},
		{"scoffed at Washington's claims", "2020-07-24", "Beijing scoffed at Washington's claims of espionage.", "016", "CHNGOV>USAGOV", ""},
	})
}
