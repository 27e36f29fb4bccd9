package pipeline

import "testing"

// TestAuditAgents is an audit of unnamed and implied actors in stories,
// written before reading the code (issue 12): police, troops, the army, the
// government, authorities, officials, courts, prosecutors, protesters,
// rebels, militants and gunmen that no name gives a country, and passives
// that name no agent ("was arrested", "was sentenced", "was deported"). They
// should take the country of their sentence's places or named actors first,
// then the story's, never the other party's; the country names that are
// easy to confuse (Congo, Georgia, Guinea, Niger and Nigeria, Sudan and
// South Sudan, Korea) should resolve by their story. Each row is one act of
// one story.
func TestAuditAgents(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// Unnamed agents at home: the dateline's country.
		{"police at home: tear gas", "2023-07-12", "Protests over tax rises turn violent\n\nNAIROBI, Kenya —\n\nPolice fired tear gas at hundreds of protesters in the city's central business district on Wednesday. Dozens of demonstrators were arrested, witnesses said.", "175", "KENCOP>KENOPP", ""},
		{"passive at home: were arrested", "2023-07-12", "Protests over tax rises turn violent\n\nNAIROBI, Kenya —\n\nPolice fired tear gas at hundreds of protesters in the city's central business district on Wednesday. Dozens of demonstrators were arrested, witnesses said.", "173", "KENCOP>KENOPP", ""},
		{"the government at home expels a correspondent", "2001-02-18", "Zimbabwe expels BBC reporter\n\nHARARE, Zimbabwe —\n\nThe government ordered the expulsion of a British correspondent on Sunday, accusing him of biased reporting on the land seizures.", "112", "ZWEGOV>GBRMED", "agent audit: fails at start (story country: the British correspondent and the BBC of the other party outweigh the dateline, the government is GBR)"},
		{"a court at home sentences a journalist", "2016-05-06", "Turkish editor sentenced\n\nISTANBUL, Turkey —\n\nA court sentenced a prominent newspaper editor to five years in prison on Friday for revealing state secrets. The editor said he would appeal.", "116", "TURJUD>TURMED", ""},
		{"prosecutors at home charge executives", "2015-03-06", "Petrobras executives charged\n\nSAO PAULO, Brazil —\n\nProsecutors charged a dozen executives of construction companies with corruption on Friday in the widening scandal at the state oil company.", "11", "BRAJUD>BRABUS", ""},
		{"rebels at home abduct villagers", "2002-08-14", "Rebels abduct villagers\n\nKAMPALA, Uganda —\n\nRebels abducted dozens of villagers in the north of the country on Wednesday, a local official said. The army said it was pursuing them.", "181", "UGAREB>UGACVL", ""},
		{"gunmen at home abduct students", "2020-12-12", "Gunmen attack school\n\nLAGOS, Nigeria —\n\nGunmen abducted hundreds of students from a boarding school in Kankara, in Katsina state, on Friday night, police said.", "181", "UAF>NGACVL", ""},
		{"authorities at home detain monks", "2008-03-20", "Monks detained in Tibet\n\nBEIJING, China —\n\nAuthorities detained dozens of monks in Lhasa on Thursday after a week of protests against Chinese rule.", "173", "CHNGOV>CHNREL", ""},

		// Unnamed agents of another country than the dateline's.
		{"police of a country the sentence names, from London", "2008-04-16", "Zimbabwe police arrest activists\n\nLONDON, Britain —\n\nPolice in Zimbabwe arrested 30 opposition activists in Harare on Wednesday, the Movement for Democratic Change said. Britain condemned the arrests.", "173", "ZWECOP>ZWEOPP", ""},
		{"Kenyan police in a story from London", "2019-03-08", "Briton held in Kenya\n\nLONDON, Britain —\n\nKenyan police arrested a British journalist in Mombasa on Friday, the Foreign Office said.", "173", "KENCOP>GBRMED", ""},
		{"police in another capital, from Lagos", "2020-08-25", "Ghana police close Nigerian shops\n\nLAGOS, Nigeria —\n\nPolice in Accra arrested 40 Nigerian traders on Tuesday and sealed their shops, traders' leaders said.", "173", "GHACOP>NGACVL", ""},
		{"police in another capital, from New Delhi", "2006-04-10", "Nepal police fire on protesters\n\nNEW DELHI, India —\n\nPolice in Kathmandu fired tear gas at thousands of protesters defying a curfew on Monday.", "175", "NPLCOP>NPLOPP", ""},
		{"a court in another capital, from Moscow", "2021-09-06", "Belarus jails opposition leader\n\nMOSCOW, Russia —\n\nA court in Minsk sentenced an opposition leader to 11 years in prison on Monday for plotting to seize power.", "116", "BLRJUD>BLROPP", ""},
		{"soldiers of a country the sentence names, from Abidjan", "2020-08-19", "Mutiny in Mali\n\nABIDJAN, Ivory Coast —\n\nMutinous soldiers detained Mali's president and prime minister in Bamako on Tuesday.", "173", "MLIMIL>MLIGOV", ""},
		{"police of the junta's country, from London", "2021-02-27", "Myanmar protests\n\nLONDON, Britain —\n\nMyanmar's military seized power on Feb. 1. Police detained more than 100 protesters in Yangon on Saturday.", "173", "MMRCOP>MMROPP", ""},
		{"protesters abroad: their own government", "2017-04-20", "Venezuela protests\n\nLONDON, Britain —\n\nThousands of protesters marched in Caracas on Wednesday to demand the resignation of President Nicolas Maduro.", "14", "VENOPP>VENGOV", ""},
		{"officials in a capital, from the other party's", "2014-03-02", "Ukraine accuses Russia\n\nMOSCOW, Russia —\n\nOfficials in Kyiv accused Moscow on Sunday of sending troops into Crimea.", "112", "UKRGOV>RUSGOV", ""},

		// Across a border: the force is its own country's, not the place's.
		{"troops across the border", "2012-10-04", "Turkey hits back at Syria\n\nANKARA, Turkey —\n\nParliament authorised military operations in Syria on Thursday. Troops shelled targets near the Syrian town of Tal Abyad for a second day.", "194", "TURMIL>SYRGOV", "agent audit: fails at start (unnamed troops take the country of the place they shell, the target's: SYRMIL; the story names Syria more than Turkey, so the story's country is no help)"},
		{"the army across the border", "2014-07-09", "Israel strikes Gaza\n\nJERUSALEM, Israel —\n\nThe army said its aircraft struck 160 targets in the Gaza Strip overnight.", "195", "ISRMIL>PSEGOV", ""},

		// Passives with no agent: the role that does them, of the act's country.
		{"passive abroad: sentenced, from London", "2018-11-21", "Briton jailed in UAE\n\nLONDON, Britain —\n\nA British academic was sentenced to life in prison in the United Arab Emirates on Wednesday on charges of spying.", "116", "AREJUD>GBREDU", "agent audit: fails at start ('a British academic' is GBRGOV: sector; the court, GBRJUD at start, is AREJUD since 'in the United Arab Emirates' places it)"},
		{"passive abroad: detained, from Seoul", "2016-01-22", "North Korea holds American\n\nSEOUL, South Korea —\n\nAn American student was detained in Pyongyang on charges of hostile acts against the state, North Korean state media said.", "173", "PRKCOP>USACVL", ""},
		{"passive at home: detained, other party Canada", "2018-12-13", "Canadian held in China\n\nBEIJING, China —\n\nA Canadian businessman was detained in China on Monday, Canada's foreign ministry said.", "173", "CHNCOP>CANBUS", ""},
		{"passive at home: arrested at another state's request", "2018-12-06", "Huawei executive arrested\n\nOTTAWA, Canada —\n\nA Chinese executive was arrested in Vancouver at the request of the United States, the justice department said on Wednesday.", "173", "CANCOP>CHNBUS", "agent audit: fails at start ('a Chinese executive' is the executive branch, CHNGOV: sector)"},
		{"passive at home: jailed", "2014-06-23", "Journalist jailed in Egypt\n\nCAIRO, Egypt —\n\nA journalist was jailed for seven years on Monday on charges of aiding a banned group.", "116", "EGYJUD>EGYMED", ""},
		{"passive at home: deported", "2011-04-11", "Italy deports migrants\n\nROME, Italy —\n\nHundreds of Tunisian migrants were deported from the island of Lampedusa on Monday.", "174", "ITAGOV>TUNCVL", ""},

		// Names that are easy to confuse: the story decides.
		{"Congo: Kinshasa", "2016-09-19", "Clashes in Kinshasa\n\nKINSHASA, Congo —\n\nPolice fired tear gas at opposition supporters demanding that President Joseph Kabila step down.", "175", "CODCOP>CODOPP", ""},
		{"Congo: Brazzaville", "2016-06-14", "General arrested in Brazzaville\n\nBRAZZAVILLE, Congo —\n\nPolice arrested a former presidential candidate at his home on Tuesday, his lawyer said.", "173", "COGCOP>COGPTY", ""},
		{"Georgia: Tbilisi", "2019-06-21", "Protests in Tbilisi\n\nTBILISI, Georgia —\n\nRiot police fired rubber bullets and tear gas at protesters outside parliament overnight.", "175", "GEOCOP>GEOOPP", ""},
		{"Georgia: Atlanta", "2020-05-30", "Protests in Atlanta\n\nATLANTA, Georgia —\n\nPolice arrested dozens of protesters outside the state Capitol on Friday night.", "173", "USACOP>USAOPP", ""},
		{"Guinea: Conakry", "2009-09-28", "Crackdown in Conakry\n\nCONAKRY, Guinea —\n\nSoldiers arrested dozens of opposition supporters at a stadium rally on Monday.", "173", "GINMIL>GINOPP", ""},
		{"Guinea-Bissau: Bissau", "2012-04-13", "Coup in Guinea-Bissau\n\nBISSAU, Guinea-Bissau —\n\nSoldiers detained the prime minister at his home on Thursday night.", "173", "GNBMIL>GNBGOV", ""},
		{"Niger: Niamey", "2023-07-26", "Coup in Niger\n\nNIAMEY, Niger —\n\nSoldiers detained the president at his residence on Wednesday.", "173", "NERMIL>NERGOV", ""},
		{"Nigeria: Abuja", "2024-08-01", "Protests in Nigeria\n\nABUJA, Nigeria —\n\nPolice arrested dozens of protesters demonstrating against the cost of living on Thursday.", "173", "NGACOP>NGAOPP", ""},
		{"Sudan: Khartoum", "2019-01-17", "Protests in Sudan\n\nKHARTOUM, Sudan —\n\nPolice fired tear gas at protesters marching on the presidential palace on Thursday.", "175", "SDNCOP>SDNOPP", ""},
		{"South Sudan: Juba", "2017-07-10", "Journalist held in Juba\n\nJUBA, South Sudan —\n\nSoldiers detained a journalist at the airport on Monday.", "173", "SSDMIL>SSDMED", ""},
	})
}
