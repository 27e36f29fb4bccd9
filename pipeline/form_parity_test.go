package pipeline

import "testing"

// TestFormParity tells one act in the forms news uses for it, with the same
// parties, and asks the same code, source and target of each: the active
// clause ("Kenyan police arrested Bobi Wine"), the passive with its agent
// ("Bobi Wine was arrested by Kenyan police"), the passive with none (the
// agent the act implies, as the README's implied agents say), the event noun
// with of and by ("the arrest of Bobi Wine by Kenyan police"), the
// possessive noun ("Kenya's arrest of Bobi Wine"), the headline ("Kenya
// arrests Bobi Wine", "Poland to expel Russian diplomats"), the relative or
// participial clause ("Bobi Wine, who was arrested by Kenyan police, ...")
// and the report ("officials said Kenyan police had arrested Bobi Wine").
// The last rows are nouns of acts that tell no act. Rows still failing are
// skipped with their cause named (LEXNOSKIP=1 runs them). At 5e4c1407, 163 of
// the 180 rows passed; the causes fixed since: a "by" phrase after the party
// of an act's own phrase ("the imposition of sanctions on Iran by the United
// States"), a country's adjective the word table lacked ("Qatari goods were
// boycotted"), the state a city after "from" names ("expelled from
// Warsaw"), the noun "banning", and an act of force told by the harm it did
// ("the shelling of Armenian villages by Azerbaijani troops killed two
// civilians"), a relative pronoun's antecedent by its verb's number
// ("positions near Kharkiv, which were attacked") and a phrase after a
// named doer's "by" ("the demand by Ukraine for the withdrawal"). A state's boycott of goods is 143 in every form, by
// 14-protest.txt's boycott obj:good.
func TestFormParity(t *testing.T) {
	var rows []lexRow
	for _, r := range formParityRows {
		rows = append(rows, lexRow{r.act + ": " + r.form, r.date, r.text, r.code, r.want, r.skip})
	}
	testLexRows(t, rows)
}

type parityRow struct {
	act, form, date, text, code, want, skip string
}

const pd = "2024-06-03"

var formParityRows = []parityRow{
	// arrest
	{"arrest", "active", pd, "Kenyan police arrested Ugandan opposition leader Bobi Wine in Nairobi on Monday.", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "passive", pd, "Ugandan opposition leader Bobi Wine was arrested by Kenyan police in Nairobi on Monday.", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "agentless", pd, "Ugandan opposition leader Bobi Wine was arrested in Nairobi on Monday.", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "of-by", pd, "The arrest of Ugandan opposition leader Bobi Wine by Kenyan police in Nairobi on Monday drew protests.", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "possessive", pd, "Kenya's arrest of Ugandan opposition leader Bobi Wine on Monday drew protests in Kampala.", "173", "KEN>UGAOPP", ""},
	{"arrest", "headline", pd, "Kenyan police arrest Ugandan opposition leader Bobi Wine in Nairobi", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "relative", pd, "Ugandan opposition leader Bobi Wine, who was arrested by Kenyan police in Nairobi on Monday, called for calm.", "173", "KENCOP>UGAOPP", ""},
	{"arrest", "reported", pd, "Ugandan officials said Kenyan police had arrested opposition leader Bobi Wine in Nairobi on Monday.", "173", "KENCOP>UGAOPP", ""},

	// attack
	{"attack", "active", pd, "Russian forces attacked Ukrainian positions near Kharkiv on Monday.", "19", "RUSMIL>UKR", ""},
	{"attack", "passive", pd, "Ukrainian positions near Kharkiv were attacked by Russian forces on Monday.", "19", "RUSMIL>UKR", ""},
	{"attack", "of-by", pd, "The attack on Ukrainian positions near Kharkiv by Russian forces on Monday killed four soldiers.", "19", "RUSMIL>UKRMIL", ""}, // the attack and the killing of one country's: coded once, as the killing
	{"attack", "possessive", pd, "Russia's attack on Ukrainian positions near Kharkiv on Monday killed four soldiers.", "19", "RUS>UKR", ""},
	{"attack", "headline", pd, "Russian forces attack Ukrainian positions near Kharkiv", "19", "RUSMIL>UKR", ""},
	{"attack", "relative", pd, "Ukrainian troops, who were attacked by Russian forces near Kharkiv on Monday, held firm.", "19", "RUSMIL>UKRMIL", ""},
	{"attack", "relative after a place", pd, "Ukrainian positions near Kharkiv, which were attacked by Russian forces on Monday, held firm.", "19", "RUSMIL>UKR", ""},
	{"attack", "reported", pd, "Kyiv said Russian forces had attacked Ukrainian positions near Kharkiv on Monday.", "19", "RUSMIL>UKR", ""},

	// expel diplomats
	{"expel", "active", pd, "Poland expelled four Russian diplomats on Monday.", "16", "POL>RUSGOV", ""},
	{"expel", "passive", pd, "Four Russian diplomats were expelled by Poland on Monday.", "16", "POL>RUSGOV", ""},
	{"expel", "agentless", pd, "Four Russian diplomats were expelled from Warsaw on Monday.", "16", "POLGOV>RUSGOV", ""},
	{"expel", "of-by", pd, "The expulsion of four Russian diplomats by Poland on Monday angered Moscow.", "16", "POL>RUSGOV", ""},
	{"expel", "possessive", pd, "Poland's expulsion of four Russian diplomats on Monday angered Moscow.", "16", "POL>RUSGOV", ""},
	{"expel", "headline", pd, "Poland expels four Russian diplomats", "16", "POL>RUSGOV", ""},
	{"expel", "headline infinitive", pd, "Poland to expel four Russian diplomats", "1313", "POL>RUSGOV", ""}, // an act to come by its own actor: its threat
	{"expel", "relative", pd, "Four Russian diplomats, who were expelled by Poland on Monday, left Warsaw.", "16", "POL>RUSGOV", ""},
	{"expel", "reported", pd, "Polish officials said Poland had expelled four Russian diplomats on Monday.", "16", "POL>RUSGOV", ""},

	// impose sanctions
	{"sanctions", "active", pd, "The United States imposed sanctions on Iran on Monday.", "16", "USA>IRN", ""},
	{"sanctions", "passive", pd, "Sanctions were imposed on Iran by the United States on Monday.", "16", "USA>IRN", ""},
	{"sanctions", "of-by", pd, "The imposition of sanctions on Iran by the United States on Monday hit oil exports.", "16", "USA>IRN", ""},
	{"sanctions", "possessive", pd, "Washington's sanctions on Iran, imposed on Monday, hit oil exports.", "16", "USAGOV>IRN", ""},
	{"sanctions", "headline", pd, "United States imposes sanctions on Iran", "16", "USA>IRN", ""},
	{"sanctions", "relative", pd, "Iran, which was hit with sanctions by the United States on Monday, protested.", "16", "USA>IRN", ""},
	{"sanctions", "reported", pd, "Iranian officials said the United States had imposed sanctions on Iran on Monday.", "16", "USA>IRN", ""},

	// meet
	{"meet", "active", pd, "Chinese President Xi Jinping met Brazilian President Lula in Beijing on Monday.", "04", "CHNGOV>BRAGOV", ""},
	{"meet", "passive", pd, "Brazilian President Lula was received by Chinese President Xi Jinping in Beijing on Monday.", "04", "CHNGOV>BRAGOV", ""},
	{"meet", "of-by", pd, "The meeting between Chinese President Xi Jinping and Brazilian President Lula in Beijing on Monday lasted two hours.", "04", "CHNGOV>BRAGOV", ""},
	{"meet", "possessive", pd, "Xi Jinping's meeting with Brazilian President Lula in Beijing on Monday lasted two hours.", "04", "CHNGOV>BRAGOV", ""},
	{"meet", "headline", pd, "Xi Jinping meets Brazilian President Lula in Beijing", "04", "CHNGOV>BRAGOV", ""},
	{"meet", "relative", pd, "Brazilian President Lula, who met Chinese President Xi Jinping in Beijing on Monday, flew home.", "04", "BRAGOV>CHNGOV", ""},
	{"meet", "reported", pd, "Brazilian officials said Lula had met Chinese President Xi Jinping in Beijing on Monday.", "04", "BRAGOV>CHNGOV", ""},

	// visit
	{"visit", "active", pd, "Indian Prime Minister Narendra Modi visited Russia on Monday.", "04", "INDGOV>RUS", ""},
	{"visit", "of-by", pd, "The visit to Russia by Indian Prime Minister Narendra Modi on Monday drew criticism.", "04", "INDGOV>RUS", ""},
	{"visit", "possessive", pd, "Narendra Modi's visit to Russia on Monday drew criticism in Washington.", "04", "INDGOV>RUS", ""},
	{"visit", "headline", pd, "Modi visits Russia", "04", "INDGOV>RUS", ""},
	{"visit", "relative", pd, "Narendra Modi, who visited Russia on Monday, praised President Vladimir Putin.", "04", "INDGOV>RUS", ""},
	{"visit", "reported", pd, "Indian officials said Prime Minister Narendra Modi had visited Russia on Monday.", "04", "INDGOV>RUS", ""},

	// accuse
	{"accuse", "active", pd, "Pakistan accused India of backing militants in Balochistan on Monday.", "11", "PAK>IND", ""},
	{"accuse", "passive", pd, "India was accused by Pakistan of backing militants in Balochistan on Monday.", "11", "PAK>IND", ""},
	{"accuse", "of-by", pd, "The accusation by Pakistan against India on Monday strained ties.", "11", "PAK>IND", ""},
	{"accuse", "possessive", pd, "Pakistan's accusation against India on Monday strained ties.", "11", "PAK>IND", ""},
	{"accuse", "headline", pd, "Pakistan accuses India of backing militants", "11", "PAK>IND", ""},
	{"accuse", "relative", pd, "India, which was accused by Pakistan of backing militants on Monday, denied it.", "11", "PAK>IND", ""},
	{"accuse", "reported", pd, "Officials in Islamabad said Pakistan had accused India of backing militants.", "11", "PAK>IND", ""},

	// condemn
	{"condemn", "active", pd, "Egypt condemned Israel on Monday.", "11", "EGY>ISR", ""},
	{"condemn", "passive", pd, "Israel was condemned by Egypt on Monday.", "11", "EGY>ISR", ""},
	{"condemn", "of-by", pd, "The condemnation of Israel by Egypt on Monday was swift.", "11", "EGY>ISR", ""},
	{"condemn", "possessive", pd, "Egypt's condemnation of Israel on Monday was swift.", "11", "EGY>ISR", ""},
	{"condemn", "headline", pd, "Egypt condemns Israel", "11", "EGY>ISR", ""},
	{"condemn", "relative", pd, "Israel, which was condemned by Egypt on Monday, rejected the criticism.", "11", "EGY>ISR", ""},
	{"condemn", "reported", pd, "State media said Egypt had condemned Israel on Monday.", "11", "EGY>ISR", ""},

	// threaten
	{"threaten", "active", pd, "North Korea threatened South Korea with military action on Monday.", "13", "PRK>KOR", ""},
	{"threaten", "passive", pd, "South Korea was threatened by North Korea with military action on Monday.", "13", "PRK>KOR", ""},
	{"threaten", "of-by", pd, "The threat of military action against South Korea by North Korea on Monday alarmed Tokyo.", "13", "PRK>KOR", ""},
	{"threaten", "possessive", pd, "North Korea's threat of military action against South Korea on Monday alarmed Tokyo.", "13", "PRK>KOR", ""},
	{"threaten", "headline", pd, "North Korea threatens South Korea with military action", "13", "PRK>KOR", ""},
	{"threaten", "relative", pd, "South Korea, which was threatened by North Korea with military action on Monday, raised its alert.", "13", "PRK>KOR", ""},
	{"threaten", "reported", pd, "Seoul said North Korea had threatened South Korea with military action on Monday.", "13", "PRK>KOR", ""},

	// sign an agreement
	{"sign", "active", pd, "Turkey signed a defence agreement with Iraq in Baghdad on Monday.", "05", "TUR>IRQ", ""},
	{"sign", "passive", pd, "A defence agreement was signed by Turkey and Iraq in Baghdad on Monday.", "05", "TUR>IRQ", ""},
	{"sign", "of-by", pd, "The signing of a defence agreement by Turkey and Iraq in Baghdad on Monday was welcomed.", "05", "TUR>IRQ", "by design (event README): doers a noun's \"by\" phrase joins did it together, never each to the other, whatever mutual says of its code; the passive verb pairs them"},
	{"sign", "possessive", pd, "Turkey's defence agreement with Iraq, signed in Baghdad on Monday, was welcomed.", "05", "TUR>IRQ", ""},
	{"sign", "headline", pd, "Turkey signs defence agreement with Iraq", "05", "TUR>IRQ", ""},
	{"sign", "relative", pd, "Turkey, which signed a defence agreement with Iraq on Monday, hailed the deal.", "05", "TUR>IRQ", ""},
	{"sign", "reported", pd, "Iraqi officials said Turkey had signed a defence agreement with Iraq on Monday.", "05", "TUR>IRQ", ""},

	// give aid
	{"aid", "active", pd, "Japan gave humanitarian aid to the Philippines on Monday.", "07", "JPN>PHL", ""},
	{"aid", "passive", pd, "Humanitarian aid was given to the Philippines by Japan on Monday.", "07", "JPN>PHL", ""},
	{"aid", "of-by", pd, "The delivery of humanitarian aid to the Philippines by Japan on Monday was welcomed.", "07", "JPN>PHL", ""},
	{"aid", "possessive", pd, "Japan's humanitarian aid to the Philippines, delivered on Monday, was welcomed.", "07", "JPN>PHL", ""},
	{"aid", "headline", pd, "Japan sends humanitarian aid to the Philippines", "07", "JPN>PHL", ""},
	{"aid", "headline infinitive", pd, "Japan to send humanitarian aid to the Philippines", "0333", "JPN>PHL", ""}, // an act to come by its own actor: its intent
	{"aid", "relative", pd, "The Philippines, which was given humanitarian aid by Japan on Monday, thanked Tokyo.", "07", "JPN>PHL", ""},
	{"aid", "reported", pd, "Manila said Japan had given humanitarian aid to the Philippines on Monday.", "07", "JPN>PHL", ""},

	// impose a curfew
	{"curfew", "active", pd, "Bangladeshi authorities imposed a curfew in Dhaka on Monday.", "17", "BGDGOV>BGDCVL", ""},
	{"curfew", "passive", pd, "A curfew was imposed in Dhaka by Bangladeshi authorities on Monday.", "17", "BGDGOV>BGDCVL", ""},
	{"curfew", "of-by", pd, "The imposition of a curfew in Dhaka by Bangladeshi authorities on Monday emptied the streets.", "17", "BGDGOV>BGDCVL", ""},
	{"curfew", "headline", pd, "Bangladeshi authorities impose curfew in Dhaka", "17", "BGDGOV>BGDCVL", ""},
	{"curfew", "reported", pd, "Witnesses said Bangladeshi authorities had imposed a curfew in Dhaka on Monday.", "17", "BGDGOV>BGDCVL", ""},

	// kill
	{"kill", "active", pd, "Israeli troops killed three Hamas militants in Gaza on Monday.", "19", "ISRMIL>PSEREB", ""},
	{"kill", "passive", pd, "Three Hamas militants were killed by Israeli troops in Gaza on Monday.", "19", "ISRMIL>PSEREB", ""},
	{"kill", "of-by", pd, "The killing of three Hamas militants by Israeli troops in Gaza on Monday drew threats of revenge.", "19", "ISRMIL>PSEREB", ""},
	{"kill", "possessive", pd, "Israel's killing of three Hamas militants in Gaza on Monday drew threats of revenge.", "19", "ISR>PSEREB", ""},
	{"kill", "headline", pd, "Israeli troops kill three Hamas militants in Gaza", "19", "ISRMIL>PSEREB", ""},
	{"kill", "relative", pd, "Three Hamas militants, who were killed by Israeli troops in Gaza on Monday, were buried.", "19", "ISRMIL>PSEREB", ""},
	{"kill", "reported", pd, "Hamas said Israeli troops had killed three of its militants in Gaza on Monday.", "19", "ISRMIL>PSEREB", ""},

	// abduct
	{"abduct", "active", pd, "Boko Haram fighters abducted 20 Nigerian students in Borno on Monday.", "18", "NGARAD>NGACVL", ""},
	{"abduct", "passive", pd, "Twenty Nigerian students were abducted by Boko Haram fighters in Borno on Monday.", "18", "NGARAD>NGACVL", ""},
	{"abduct", "of-by", pd, "The abduction of 20 Nigerian students by Boko Haram fighters in Borno on Monday shocked the country.", "18", "NGARAD>NGACVL", ""},
	{"abduct", "possessive", pd, "Boko Haram's abduction of 20 Nigerian students in Borno on Monday shocked the country.", "18", "NGARAD>NGACVL", ""},
	{"abduct", "headline", pd, "Boko Haram fighters abduct 20 Nigerian students in Borno", "18", "NGARAD>NGACVL", ""},
	{"abduct", "relative", pd, "Twenty Nigerian students, who were abducted by Boko Haram fighters in Borno on Monday, were freed.", "18", "NGARAD>NGACVL", ""},
	{"abduct", "reported", pd, "Police said Boko Haram fighters had abducted 20 Nigerian students in Borno on Monday.", "18", "NGARAD>NGACVL", ""},

	// release prisoners
	{"release", "active", pd, "Venezuela released ten American prisoners on Monday.", "08", "VEN>USACVL", ""},
	{"release", "passive", pd, "Ten American prisoners were released by Venezuela on Monday.", "08", "VEN>USACVL", ""},
	{"release", "of-by", pd, "The release of ten American prisoners by Venezuela on Monday drew praise in Washington.", "08", "VEN>USACVL", ""},
	{"release", "of-by, welcomed", pd, "The release of ten American prisoners by Venezuela on Monday was welcomed in Washington.", "08", "VEN>USACVL", "event stage: an event noun, subject of a passive verb of judgement (\"was welcomed\"), is what the judgement is about, as its object is in the active (\"Washington welcomed the release of ...\"), and is not coded"},
	{"release", "possessive", pd, "Venezuela's release of ten American prisoners on Monday was welcomed in Washington.", "08", "VEN>USACVL", ""},
	{"release", "headline", pd, "Venezuela releases ten American prisoners", "08", "VEN>USACVL", ""},
	{"release", "relative", pd, "Ten American prisoners, who were released by Venezuela on Monday, landed in Texas.", "08", "VEN>USACVL", ""},
	{"release", "reported", pd, "The White House said Venezuela had released ten American prisoners on Monday.", "08", "VEN>USACVL", ""},

	// recognise
	{"recognise", "active", pd, "Spain recognised the State of Palestine on Monday.", "05", "ESP>PSE", ""},
	{"recognise", "passive", pd, "The State of Palestine was recognised by Spain on Monday.", "05", "ESP>PSE", ""},
	{"recognise", "of-by", pd, "The recognition of the State of Palestine by Spain on Monday angered Israel.", "05", "ESP>PSE", ""},
	{"recognise", "possessive", pd, "Spain's recognition of the State of Palestine on Monday angered Israel.", "05", "ESP>PSE", ""},
	{"recognise", "headline", pd, "Spain recognises State of Palestine", "05", "ESP>PSE", ""},
	{"recognise", "headline infinitive", pd, "Spain to recognise State of Palestine", "032", "ESP>PSE", ""}, // an act to come by its own actor: its intent
	{"recognise", "reported", pd, "Palestinian officials said Spain had recognised the State of Palestine on Monday.", "05", "ESP>PSE", ""},

	// deport
	{"deport", "active", pd, "The United States deported 120 Guatemalan migrants on Monday.", "17", "USA>GTMCVL", ""},
	{"deport", "passive", pd, "A total of 120 Guatemalan migrants were deported by the United States on Monday.", "17", "USA>GTMCVL", ""},
	{"deport", "of-by", pd, "The deportation of 120 Guatemalan migrants by the United States on Monday drew protests.", "17", "USA>GTMCVL", ""},
	{"deport", "possessive", pd, "Washington's deportation of 120 Guatemalan migrants on Monday drew protests.", "17", "USAGOV>GTMCVL", ""},
	{"deport", "headline", pd, "United States deports 120 Guatemalan migrants", "17", "USA>GTMCVL", ""},
	{"deport", "relative", pd, "The 120 Guatemalan migrants, who were deported by the United States on Monday, landed in Guatemala City.", "17", "USA>GTMCVL", ""},
	{"deport", "reported", pd, "Guatemalan officials said the United States had deported 120 Guatemalan migrants on Monday.", "17", "USA>GTMCVL", ""},

	// invade
	{"invade", "active", "2022-02-25", "Russia invaded Ukraine on Thursday.", "19", "RUS>UKR", ""},
	{"invade", "passive", "2022-02-25", "Ukraine was invaded by Russia on Thursday.", "19", "RUS>UKR", ""},
	{"invade", "of-by", "2022-02-25", "The invasion of Ukraine by Russia on Thursday shocked Europe.", "19", "RUS>UKR", ""},
	{"invade", "possessive", "2022-02-25", "Russia's invasion of Ukraine on Thursday shocked Europe.", "19", "RUS>UKR", ""},
	{"invade", "headline", "2022-02-25", "Russia invades Ukraine", "19", "RUS>UKR", ""},
	{"invade", "relative", "2022-02-25", "Ukraine, which was invaded by Russia on Thursday, asked for help.", "19", "RUS>UKR", ""},
	{"invade", "reported", "2022-02-25", "Kyiv said Russia had invaded Ukraine on Thursday.", "19", "RUS>UKR", ""},

	// shell
	{"shell", "active", pd, "Azerbaijani troops shelled Armenian villages on Monday.", "19", "AZEMIL>ARMCVL", ""},
	{"shell", "passive", pd, "Armenian villages were shelled by Azerbaijani troops on Monday.", "19", "AZEMIL>ARMCVL", ""},
	{"shell", "of-by", pd, "The shelling of Armenian villages by Azerbaijani troops on Monday killed two civilians.", "19", "AZEMIL>ARMCVL", ""},
	{"shell", "possessive", pd, "Azerbaijan's shelling of Armenian villages on Monday killed two civilians.", "19", "AZE>ARMCVL", ""},
	{"shell", "headline", pd, "Azerbaijani troops shell Armenian villages", "19", "AZEMIL>ARMCVL", ""},
	{"shell", "relative", pd, "Armenian villages, which were shelled by Azerbaijani troops on Monday, were evacuated.", "19", "AZEMIL>ARMCVL", ""},
	{"shell", "reported", pd, "Yerevan said Azerbaijani troops had shelled Armenian villages on Monday.", "19", "AZEMIL>ARMCVL", ""},

	// ban a party
	{"ban", "active", pd, "A Thai court banned the opposition Move Forward Party on Monday.", "17", "THAJUD>THAPTY", ""},
	{"ban", "passive", pd, "The opposition Move Forward Party was banned by a Thai court on Monday.", "17", "THAJUD>THAPTY", ""},
	{"ban", "of-by", pd, "The banning of the opposition Move Forward Party by a Thai court on Monday drew criticism.", "17", "THAJUD>THAPTY", ""},
	{"ban", "headline", pd, "Thai court bans opposition Move Forward Party", "17", "THAJUD>THAPTY", ""},
	{"ban", "relative", pd, "The opposition Move Forward Party, which was banned by a Thai court on Monday, vowed to regroup.", "17", "THAJUD>THAPTY", ""},
	{"ban", "reported", pd, "Party officials said a Thai court had banned the opposition Move Forward Party on Monday.", "17", "THAJUD>THAPTY", ""},

	// recall an ambassador
	{"recall", "active", pd, "Algeria recalled its ambassador to France on Monday.", "16", "DZA>FRA", ""},
	{"recall", "passive", pd, "Algeria's ambassador to France was recalled by Algiers on Monday.", "16", "DZAGOV>FRA", ""},
	{"recall", "agentless", pd, "Algeria's ambassador to France was recalled on Monday.", "16", "DZAGOV>FRA", ""},
	{"recall", "of-by", pd, "The recall of the Algerian ambassador to France by Algeria on Monday deepened the rift.", "16", "DZA>FRA", ""},
	{"recall", "possessive", pd, "Algeria's recall of its ambassador to France on Monday deepened the rift.", "16", "DZA>FRA", ""},
	{"recall", "headline", pd, "Algeria recalls ambassador to France", "16", "DZA>FRA", ""},
	{"recall", "reported", pd, "State media said Algeria had recalled its ambassador to France on Monday.", "16", "DZA>FRA", ""},

	// boycott
	{"boycott", "active", "2017-06-06", "Saudi Arabia boycotted Qatari goods on Tuesday.", "14", "SAU>QAT", ""},
	{"boycott", "passive", "2017-06-06", "Qatari goods were boycotted by Saudi Arabia on Tuesday.", "14", "SAU>QAT", ""},
	{"boycott", "of-by", "2017-06-06", "The boycott of Qatari goods by Saudi Arabia on Tuesday hurt Doha.", "14", "SAU>QAT", ""},
	{"boycott", "possessive", "2017-06-06", "Saudi Arabia's boycott of Qatari goods on Tuesday hurt Doha.", "14", "SAU>QAT", ""},
	{"boycott", "headline", "2017-06-06", "Saudi Arabia boycotts Qatari goods", "14", "SAU>QAT", ""},
	{"boycott", "reported", "2017-06-06", "Qatari officials said Saudi Arabia had boycotted Qatari goods on Tuesday.", "14", "SAU>QAT", ""},

	// demand
	{"demand", "active", pd, "Ukraine demanded the withdrawal of Russian troops on Monday.", "10", "UKR>RUSGOV", ""},
	{"demand", "of-by", pd, "The demand by Ukraine for the withdrawal of Russian troops drew support in Warsaw.", "10", "UKR>RUSGOV", ""},
	{"demand", "possessive", pd, "Ukraine's demand for the withdrawal of Russian troops drew support in Warsaw.", "10", "UKR>RUSGOV", ""},
	{"demand", "possessive, rejected", pd, "Ukraine's demand for the withdrawal of Russian troops was rejected.", "10", "UKR>RUSGOV", "event stage: a demand, subject of a passive verb of refusal with no agent, is read with the refusal (1246), which has no source; the demand is not coded"},
	{"demand", "headline", pd, "Ukraine demands withdrawal of Russian troops", "10", "UKR>RUSGOV", ""},
	{"demand", "reported", pd, "Officials in Kyiv said Ukraine had demanded the withdrawal of Russian troops.", "10", "UKR>RUSGOV", ""},

	// protest against
	{"protest", "active", pd, "Georgian students protested against the government in Tbilisi on Monday.", "14", "GEOCVL>GEOGOV", ""},
	{"protest", "of-by", pd, "The protest against the government by Georgian students in Tbilisi on Monday turned violent.", "14", "GEOCVL>GEOGOV", ""},
	{"protest", "possessive", pd, "Georgian students' protest against the government in Tbilisi on Monday turned violent.", "14", "GEOCVL>GEOGOV", ""},
	{"protest", "headline", pd, "Georgian students protest against government in Tbilisi", "14", "GEOCVL>GEOGOV", ""},
	{"protest", "relative", pd, "Georgian students, who protested against the government in Tbilisi on Monday, were dispersed.", "14", "GEOCVL>GEOGOV", ""},
	{"protest", "reported", pd, "Witnesses said Georgian students had protested against the government in Tbilisi on Monday.", "14", "GEOCVL>GEOGOV", ""},

	// criticise
	{"criticise", "active", pd, "Germany criticised Hungarian Prime Minister Viktor Orban on Monday.", "11", "DEU>HUNGOV", ""},
	{"criticise", "passive", pd, "Hungarian Prime Minister Viktor Orban was criticised by Germany on Monday.", "11", "DEU>HUNGOV", ""},
	{"criticise", "of-by", pd, "The criticism of Hungarian Prime Minister Viktor Orban by Germany on Monday was sharp.", "11", "DEU>HUNGOV", ""},
	{"criticise", "possessive", pd, "Germany's criticism of Hungarian Prime Minister Viktor Orban on Monday was sharp.", "11", "DEU>HUNGOV", ""},
	{"criticise", "headline", pd, "Germany criticises Hungary's Viktor Orban", "11", "DEU>HUNGOV", ""},
	{"criticise", "relative", pd, "Viktor Orban, who was criticised by Germany on Monday, hit back.", "11", "DEU>HUNGOV", ""},
	{"criticise", "reported", pd, "Hungarian media said Germany had criticised Prime Minister Viktor Orban on Monday.", "11", "DEU>HUNGOV", ""},

	// nouns of acts that tell no act
	{"not an act", "arrest warrant", pd, "The arrest warrant for the former minister was issued in 2019.", "17", "", ""},
	{"not an act", "attack helicopter", pd, "An attack helicopter crashed near Kharkiv on Monday.", "19", "", ""},
	{"not an act", "sanctions relief", pd, "Iran sought sanctions relief in talks with the United States on Monday.", "16", "", ""},
	{"not an act", "aid worker", pd, "A Japanese aid worker arrived in Manila on Monday.", "07", "", ""},
	{"not an act", "protest song", pd, "The protest song topped the charts in Georgia on Monday.", "14", "", ""},
	{"not an act", "recognition software", pd, "Police in Kenya bought facial recognition software on Monday.", "05", "", ""},
}
