package pipeline

import "testing"

// Families for the classes the paraphrase audit of roots 14-20
// (paraphrase_1420_test.go) found missing from the lexicon.

// TestSlapMeasures: a measure slapped on someone is imposed (a state of
// emergency, restrictions, a blockade, charges); only a person or body
// slapped takes a blow (182).
func TestSlapMeasures(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"an emergency slapped on a country", "2016-07-20", "President Recep Tayyip Erdogan slapped a three-month state of emergency on Turkey on Wednesday.", "1724", "TURGOV>TURGOV", ""},
		{"an emergency slapped is no blow", "2016-07-20", "President Recep Tayyip Erdogan slapped a three-month state of emergency on Turkey on Wednesday.", "182", "", ""},
		{"martial law slapped", "1981-12-13", "General Wojciech Jaruzelski slapped martial law on Poland on Sunday.", "1724", "POLGOV>POLGOV", ""},
		{"charges slapped on an activist", d, "Prosecutors slapped charges on the activist.", "1121", "JUD>OPP", ""},
		{"charges slapped are no blow", d, "Prosecutors slapped charges on the activist.", "182", "", ""},
		{"restrictions slapped on the press", "2021-06-01", "The Belarusian government slapped new restrictions on the media.", "1721", "BLRGOV>BLRMED", ""},
		{"a blockade slapped on a country", "2017-06-05", "Saudi Arabia slapped a blockade on Qatar on Monday.", "191", "SAUGOV>QATGOV", ""},
		{"tariffs slapped stay a sanction", "2018-07-06", "The United States slapped tariffs on Chinese goods on Friday.", "163", "USAGOV>CHNGOV", ""},
		{"guard: a policeman slapped is a blow", d, "The opposition leader slapped a police officer during the protest.", "182", "OPP>COP", ""},
		{"guard: a fine slapped is no blow", d, "The regulator slapped a fine on Google.", "182", "", ""},
	})
}

// TestNavalGroupDispatched: a carrier or strike group dispatched or
// deployed is forces sent (154), as "sent" reads it.
func TestNavalGroupDispatched(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a carrier strike group dispatched", "2017-04-09", "The United States dispatched an aircraft carrier strike group to the Korean peninsula.", "154", "USAGOV>KORGOV", ""},
		{"a carrier dispatched", "2019-05-06", "Washington dispatched an aircraft carrier to the Gulf on Sunday.", "154", "USAGOV>", ""},
		{"a battle group deployed", "2022-02-10", "Britain deployed a carrier battle group to the eastern Mediterranean.", "154", "GBRGOV>", ""},
		{"submarines dispatched", "2023-07-18", "South Korea and the United States dispatched a nuclear-armed submarine to Busan.", "154", "USAGOV>KORGOV", ""},
		{"guard: a group dispatched to talk", d, "The union dispatched a group of negotiators to the capital.", "154", "", ""},
		{"guard: a carrier not dispatched", "2019-05-06", "Washington did not dispatch an aircraft carrier to the Gulf.", "154", "", ""},
	})
}

// TestKilledInBombing: people killed, wounded or injured in or with a
// bombing are the bombing's targets, by its kind (183, 1831-1833); an
// explosion alone may be an accident.
func TestKilledInBombing(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"killed in a roadside bomb attack, passive", "2010-05-10", "Two soldiers were killed in a roadside bomb attack in Kandahar on Monday.", "1833", "AFGUAF>AFGMIL", ""},
		{"killed with a roadside bomb", "2010-06-21", "Insurgents killed three British soldiers with a roadside bomb in Helmand.", "1833", "AFGREB>GBRMIL", ""},
		{"killed with an IED", "2007-06-21", "Insurgents killed three American soldiers with an improvised explosive device near Baghdad.", "1833", "IRQREB>USAMIL", ""},
		{"killed in a suicide bombing", "2014-03-20", "Militants killed five policemen in a suicide bombing in Quetta.", "1831", "PAKREB>PAKCOP", ""},
		{"wounded in a car bombing", "2019-01-17", "Dozens of police cadets were wounded in a car bombing in Bogota on Thursday.", "1832", "COLUAF>COLCOP", ""},
		{"injured in a grenade attack", "2018-06-23", "Gunmen injured dozens of people in a grenade attack on a rally in Addis Ababa.", "183", "UAF>ETHCVL", ""},
		{"guard: killed in a gas explosion", d, "Three miners were killed in a gas explosion at a coal mine.", "18", "", ""},
		{"guard: a mine collapse", d, "Twelve workers were killed in a mine collapse in Zambia.", "18", "", ""},
		{"guard: not killed in a bombing", d, "Police said the soldiers had not been killed in a bombing.", "18", "", ""},
	})
}

// TestChemicalGasUsed: a chemical agent named as a gas is a chemical
// weapon used (2041); tear gas is repression (175).
func TestChemicalGasUsed(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"sarin gas used on a suburb", "2013-08-21", "Syrian government forces used sarin gas on rebel-held Ghouta on Wednesday.", "2041", "SYRMIL>SYRREB", ""},
		{"chlorine gas used against", "2017-04-04", "The Syrian army used chlorine gas against civilians in Idlib.", "2041", "SYRMIL>SYRCVL", ""},
		{"nerve gas used", "1988-03-16", "Iraqi forces used nerve gas against Kurdish villagers in Halabja.", "2041", "IRQMIL>IRQCVL", ""},
		{"guard: tear gas used", "2019-08-11", "Police used tear gas on protesters in Hong Kong.", "2041", "", ""},
		{"guard: gas for cooking", d, "Villagers used gas to cook their meals.", "20", "", ""},
	})
}
