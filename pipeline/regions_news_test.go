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
