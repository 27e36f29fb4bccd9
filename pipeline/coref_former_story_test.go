package pipeline

import "testing"

// TestFormerTitleStory: "the former" and a title in a later sentence ("the
// former president", "the former prime minister") is the person named
// before who held that office before the story's day, coded as that person
// is on the day, not the country's sitting government; "the president"
// without "former" is still who holds the office.
func TestFormerTitleStory(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"Lula arrested", "2018-04-07", "Lula surrenders to police\n\nSAO PAULO, Brazil —\n\nLuiz Inacio Lula da Silva, who led Brazil from 2003 to 2010, was sentenced to 12 years in prison for corruption. Police arrested the former president on Saturday.", "173", "BRACOP>BRAOPP", ""},
		{"Lula accused by the sitting president", "2018-04-05", "Temer criticises Lula\n\nBRASILIA, Brazil —\n\nLuiz Inacio Lula da Silva, who led Brazil from 2003 to 2010, addressed thousands of supporters on Thursday. President Michel Temer accused the former president of inciting violence.", "112", "BRAGOV>BRAOPP", ""},
		{"Sharif arrested", "2018-07-13", "Sharif arrested on return\n\nLAHORE, Pakistan —\n\nNawaz Sharif, who was removed as prime minister last year, flew home from London on Friday. Police arrested the former prime minister at Lahore airport.", "173", "PAKCOP>PAKPTY", ""},
		{"Zuma in custody", "2021-07-08", "Zuma hands himself in\n\nJOHANNESBURG, South Africa —\n\nJacob Zuma, who led South Africa from 2009 to 2018, was sentenced to 15 months for contempt of court. Police arrested the former president at his home in Nkandla on Wednesday night.", "173", "ZAFCOP>ZAFOPP", ""},
		{"Fujimori charged", "2007-09-23", "Fujimori flown home\n\nLIMA, Peru —\n\nAlberto Fujimori, who ruled Peru from 1990 to 2000, was extradited from Chile on Saturday. Police arrested the former president at the airport in Lima.", "173", "PERCOP>PERGOV", ""},
		{"guard: the president is who holds it", "2018-04-05", "Temer criticises Lula\n\nBRASILIA, Brazil —\n\nLuiz Inacio Lula da Silva, who led Brazil from 2003 to 2010, addressed thousands of supporters on Thursday. The president accused him of inciting violence.", "112", "BRAGOV>BRAOPP", ""},
	})
}
