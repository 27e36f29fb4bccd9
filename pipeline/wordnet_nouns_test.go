package pipeline

import "testing"

// The lines these tests cover were drawn from WordNet 3.0: the nouns its "+" derivation pointers
// link to a head verb of the lexicon ("incarcerate": "incarceration"), and the synonyms in the
// synset of the sense a line means ("ill-treat" for "mistreat"), each judged by that sense and
// given the arguments of the head's line. Each family also has rows of the other senses, which
// must stay uncoded.

// TestWordNetCoerceNouns: nouns of acts of coercion (17), named as the object of a light verb
// ("ordered the incarceration of three journalists").
func TestWordNetCoerceNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"incarceration", d, "Kenyan authorities ordered the incarceration of three Ugandan journalists.", "173", "KENGOV>UGAMED", ""},
		{"internment", d, "The Ethiopian government ordered the internment of hundreds of Eritrean residents.", "173", "ETHGOV>ERICVL", ""},
		{"dispersal", d, "Zimbabwean police ordered the dispersal of the protesters.", "175", "ZWECOP>ZWEOPP", ""},
		{"clampdown", d, "The Chinese government announced a clampdown on Uighur activists.", "175", "CHNGOV>CHNOPP", ""},
		{"sequestration", d, "The Burmese government ordered the sequestration of opposition assets.", "171", "MMRGOV>", ""},
		{"nullification", d, "The Malawian court ordered the nullification of the presidential election.", "1721", "MWIJUD>MWICVL", ""},
		{"pillaged", d, "Nigerian soldiers plundered the villages and pillaged the shops.", "1712", "NGAMIL>", ""},
		{"apprehension is also fear", d, "Kenyan voters expressed apprehension about the election.", "17", "", ""},
		{"a dispersal of seeds", d, "Kenyan farmers ordered the dispersal of seeds across the fields.", "175", "", ""},
		{"destruction of tanks is fighting", d, "The Ukrainian army announced the destruction of Russian tanks.", "1712", "", ""},
	})
}

// TestWordNetAssaultNouns: nouns and synonyms of acts of assault (18).
func TestWordNetAssaultNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"slaying", d, "Taliban fighters carried out the slaying of two aid workers in Kabul.", "1823", "AFGREB>AFGCVL", ""},
		{"flogging", d, "Saudi authorities carried out the flogging of the blogger.", "182", "SAUGOV>SAUMED", ""},
		{"ill-treated", d, "Russian guards ill-treated the Ukrainian prisoners.", "182", "RUSCOP>UKRCVL", ""},
		{"maltreated", d, "Iraqi police maltreated the Kurdish detainees.", "182", "IRQCOP>", ""},
		{"decapitation", d, "Islamic State militants carried out the decapitation of a Japanese hostage.", "1823", "IMGRAD>JPN", ""},
		{"a nuclear detonation is no bombing", d, "North Korea carried out the detonation of a nuclear device.", "183", "", ""},
	})
}

// TestWordNetReduceNouns: nouns of cuts and sanctions (16), with the arguments of their verbs.
func TestWordNetReduceNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"reduction of aid", d, "The EU announced a reduction of aid to Uganda.", "162", "IGOEUR>UGA", ""},
		{"reduction in aid", d, "Britain ordered a sharp reduction in aid to Malawi.", "162", "GBR>MWI", ""},
		{"reimposition", d, "The US announced the reimposition of sanctions on Iran.", "163", "USA>IRN", ""},
		{"tightening", d, "The EU approved a tightening of sanctions against Russia.", "163", "IGOEUR>RUS", ""},
		{"withholding", d, "Washington announced the withholding of aid to Egypt.", "162", "USAGOV>EGY", ""},
		{"curtailed", d, "India curtailed imports from China.", "163", "IND>CHN", ""},
		{"a reduction of taxes", d, "The Kenyan government announced a reduction of taxes.", "16", "", ""},
		{"a tightening of security", d, "The Kenyan government announced a tightening of security in Nairobi.", "16", "", ""},
	})
}

// TestWordNetAidNouns: nouns of aid given (07), with the arguments of their verbs.
func TestWordNetAidNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"distribution", d, "The UN began the distribution of food aid to Sudanese refugees.", "073", "IGOUNO>SDNREF", ""},
		{"disbursement", d, "Japan announced the disbursement of loans to Kenya.", "07", "JPN>KEN", ""},
		{"provision", d, "The US announced the provision of weapons to Ukraine.", "07", "USA>UKR", ""},
		{"allocation", d, "The World Bank approved the allocation of new loans to Ghana.", "071", "IGOUNO>GHA", ""},
		{"despatched", d, "Britain despatched food aid to Yemen.", "073", "GBR>YEM", ""},
		{"a distribution of leaflets", d, "Kenyan activists began the distribution of leaflets in Nairobi.", "07", "", ""},
	})
}

// TestWordNetYieldNouns: nouns of concessions (08), with the arguments of their verbs.
func TestWordNetYieldNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"legalisation", d, "The Kenyan government announced the legalisation of opposition parties.", "0812", "KENGOV>KENCVL", ""},
		{"relaxation", d, "The Chinese government announced the relaxation of restrictions on travel.", "081", "CHNGOV>CHNCVL", ""},
		{"reversal", d, "Iran announced the reversal of its decision.", "0832", "IRN>IRNOPP", ""},
		{"renunciation", d, "The ANC announced the renunciation of violence.", "087", "ZAFPTY>", ""},
		{"abolition", d, "The junta announced the abolition of martial law.", "0814", "GOV>", ""},
		{"compliance", d, "Nepal announced its compliance with the Maoist demands.", "0832", "NPL>NPLOPP", ""},
		{"a relaxation of tensions", d, "Kenya and Uganda welcomed the relaxation of tensions.", "08", "", ""},
	})
}

// TestWordNetRiotVerbs: rioters who pillage or plunder riot (145), as those who ransack; soldiers
// who do destroy property (1712).
func TestWordNetRiotVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rioters pillaged", d, "Rioters pillaged shops in the Kenyan capital.", "145", "KENCVL>KENBUS", ""},
		{"protesters plundered", d, "Angry protesters plundered supermarkets in Caracas.", "145", "VENOPP>VENBUS", ""},
		{"barracked", d, "Opposition supporters barracked the Zambian president.", "140", "ZMBOPP>ZMBGOV", ""},
		{"soldiers pillaged", d, "Nigerian soldiers pillaged the village.", "145", "", ""},
	})
}

// TestWordNetTroponyms: WordNet's troponyms of heads of roots 17 and 18 (a manner of the act), read
// as the head is: "garrotted two prisoners" kills as "strangled" does, "criminalised the Muslim
// Brotherhood" bans as "outlawed" does.
func TestWordNetTroponyms(t *testing.T) {
	testLexRows(t, []lexRow{
		{"garrotted", d, "Islamic State militants garrotted two Kurdish prisoners.", "1823", "IMGRAD>", ""},
		{"strung up", d, "Saudi authorities strung up the Yemeni smugglers.", "1823", "SAUGOV>YEMCRM", ""},
		{"poisoned a leader", d, "The rebels poisoned the Ugandan opposition leader.", "1823", "UGAREB>UGAOPP", ""},
		{"bayoneted", d, "Israeli soldiers bayoneted a Palestinian teenager.", "182", "ISRMIL>PSE", ""},
		{"bayoneted to death", d, "Japanese soldiers bayoneted two Chinese prisoners to death.", "1823", "JPNMIL>CHNCVL", ""},
		{"kneecapped", d, "IRA gunmen kneecapped a Belfast teenager.", "182", "GBRREB>GBR", ""},
		{"horsewhipped", d, "Iranian police horsewhipped the students.", "182", "IRNCOP>IRNCVL", ""},
		{"skyjacked", d, "Militants skyjacked an Air India plane.", "181", "REB>INDBUS", ""}, // the carrier is Indian (groups-business-world.txt)
		{"criminalised a party", d, "The Egyptian junta criminalised the Muslim Brotherhood.", "1722", "EGYGOV>EGYOPP", ""},
		{"poisoned rats", d, "Kenyan farmers poisoned the rats.", "18", "", ""},
		{"criminalised an act", d, "The Kenyan parliament criminalised abortion.", "17", "", ""},
	})
}
