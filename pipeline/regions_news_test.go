package pipeline

import "testing"

// TestRegionsNewsNames: regions of a country that the news names for its
// conflicts (a delta, a valley, a former province, a self-declared state the
// world counts as its country's) give their country to unnamed agents and to
// acts that take the place's country, never a country their name holds
// ("the Niger Delta" is Nigeria's, not Niger's).
func TestRegionsNewsNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Niger Delta: militants are Nigeria's", "2006-02-20", "Militants kidnapped nine foreign oil workers in the Niger Delta on Saturday.", "181", "NGAREB>CVL", ""},
		{"Niger Delta: troops are Nigeria's", "2009-05-18", "Troops raided militant camps in the Niger Delta, the army said.", "190", "NGAMIL>NGAREB", ""},
		{"Niger Delta: police and protesters", "1995-11-12", "Police fired tear gas at protesters in the Niger Delta town of Bori.", "175", "NGACOP>NGAOPP", ""},
		{"Ogaden: rebels are Ethiopia's", "2007-04-25", "Rebels attacked a Chinese-run oil field in the Ogaden, killing 74 people.", "190", "ETHREB>ETH", ""},
		{"Ogaden: troops are Ethiopia's", "2007-07-01", "Troops burned villages in the Ogaden, a rights group said.", "", "", "left alone: no coded act"},
		{"Heglig: the town is Sudan's", "2012-04-12", "South Sudanese troops seized the oil town of Heglig on Tuesday.", "192", "SSDMIL>SDNGOV", ""},
		{"Casamance: rebels are Senegal's", "2011-12-21", "Rebels killed seven soldiers in the Casamance region on Tuesday.", "19", "SENREB>SENMIL", ""},
		{"Waziristan: militants are Pakistan's", "2009-10-20", "Militants ambushed an army convoy in South Waziristan on Monday.", "19", "PAKREB>PAKMIL", ""},
		{"Swat Valley: the army is Pakistan's", "2009-05-08", "The army launched an offensive against militants in the Swat Valley.", "19", "PAKMIL>PAKREB", ""},
		{"Mindanao: troops are the Philippines'", "2000-05-02", "Troops clashed with Muslim rebels in Mindanao on Sunday.", "19", "PHLMIL>PHLREB", ""},
		{"Basilan: rebels are the Philippines'", "2001-06-02", "Rebels abducted 20 villagers in Basilan on Saturday.", "181", "PHLREB>PHLCVL", ""},
		{"Puntland: pirates seized a ship off it", "2009-04-08", "Pirates hijacked a cargo ship off Puntland on Wednesday.", "181", "SOMCRM>SOM", ""},
		{"Somaliland: police are Somalia's", "2017-05-04", "Police arrested three journalists in Somaliland on Monday.", "173", "SOMCOP>SOMMED", ""},
		{"Katanga: rebels are DR Congo's", "1977-03-15", "Rebels from Angola invaded Katanga on Tuesday.", "19", "", "left alone: invaders from abroad"},
		{"Karamoja: troops disarm warriors", "2006-11-02", "Troops killed 20 gunmen in Karamoja, the army said.", "19", "UGAMIL>UGAUAF", ""},
		{"Azawad: rebels are Mali's", "2012-04-06", "Tuareg rebels declared independence for Azawad on Friday.", "", "", "left alone: a declaration"},
		{"Chittagong Hill Tracts: troops are Bangladesh's", "1996-06-13", "Troops fired on tribal protesters in the Chittagong Hill Tracts.", "175", "BGDMIL>BGDOPP", ""},
		{"Hadramawt: militants are Yemen's", "2015-04-03", "Militants stormed a prison in Hadramawt and freed 300 inmates.", "", "", "left alone: no coded act checked"},
		{"Ghouta: government forces shelled it", "2018-02-21", "Government forces shelled Eastern Ghouta on Wednesday, killing 38 civilians.", "19", "SYRMIL>SYR", ""},
		{"Jenin: troops raided the camp", "2023-07-03", "Israeli troops raided Jenin on Monday, killing five Palestinians.", "19", "ISRMIL>PSE", ""},
		{"Fallujah: Marines attacked the city", "2004-11-08", "U.S. Marines attacked insurgents in Fallujah on Monday.", "19", "USAMIL>IRQREB", ""},
		{"Indian Kashmir: militants are India's", "2019-02-15", "Militants killed 40 paramilitary policemen in Indian Kashmir.", "19", "INDREB>INDCOP", ""},
	})
}

// TestDistrictsNewsNames: districts, camps, crossings and towns of war news
// that the gazetteer lacks or knows only by another spelling (Qamishli,
// Tal Afar, Bagram, Srebrenica, Kilinochchi, the Upper Huallaga Valley)
// give their country, in a story that names no country.
func TestDistrictsNewsNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Qamishli: a Syrian town", "2019-10-11", "Turkish warplanes bombed Qamishli on Friday.", "19", "TURMIL>SYR", ""},
		{"Tal Afar: an Iraqi town", "2005-09-11", "Troops stormed Tal Afar on Sunday, killing 48 insurgents.", "19", "IRQMIL>IRQREB", ""},
		{"Bagram: troops left the base", "2021-07-02", "American troops left Bagram air base on Friday.", "", "", "left alone: the withdrawal's target"},
		{"Srebrenica: a Bosnian town", "1995-07-11", "Troops shelled Srebrenica on Tuesday, the U.N. said.", "19", "BIHMIL>BIH", ""},
		{"Kilinochchi: troops captured it", "2009-01-02", "Troops captured Kilinochchi on Friday, the army said.", "19", "LKAMIL>LKAGOV", ""},
		{"Upper Huallaga: police are Peru's", "1990-04-10", "Police clashed with guerrillas in the Upper Huallaga Valley on Monday.", "19", "PERCOP>PERREB", ""},
		{"Kurram: militants are Pakistan's", "2023-05-04", "Militants killed seven teachers in Kurram on Thursday.", "18", "PAKREB>PAKCVL", ""},
		{"Rift Valley: police are Kenya's", "2008-01-28", "Police fired tear gas at rioters in the Rift Valley on Monday.", "175", "KENCOP>KENCVL", ""},
		{"Kabylie: gendarmes are Algeria's", "2001-04-28", "Gendarmes shot dead three protesters in Kabylie on Saturday.", "18", "DZACOP>DZAOPP", ""},
		{"Cite Soleil: gangs are Haiti's", "2022-07-10", "Gangs killed 89 people in Cite Soleil this week.", "18", "HTICRM>HTICVL", ""},
		{"Rojava: Turkish drones struck it", "2022-11-20", "Turkish drones struck Kurdish fighters in Rojava on Sunday.", "19", "TURMIL>SYRUAF", ""},
		{"Sabra and Shatila: militiamen killed refugees", "1982-09-18", "Militiamen killed hundreds of Palestinian refugees in Sabra and Shatila.", "18", "LBNUAF>PSEREF", ""},
	})
}
