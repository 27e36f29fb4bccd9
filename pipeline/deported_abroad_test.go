package pipeline

import "testing"

// TestDeportedForeigners pins the state left out of a passive that puts
// people out of a land (an expulsion or deportation, 174, policy outof):
// when nothing says whose land ("from"), and the people are of another
// country than the story's, the story's state put them out, not their own
// ("Three American journalists were deported" from Beijing is China's
// act); its own people it exiles itself.
func TestDeportedForeigners(t *testing.T) {
	testLexRows(t, []lexRow{
		{"American journalists deported from Beijing", "1989-06-16",
			"BEIJING (AP) - Three American journalists were deported on Friday.", "174", "CHNGOV>USAMED", ""},
		{"British students deported in Moscow", "2012-03-07",
			"MOSCOW (Reuters) - Two British students were deported on Tuesday for taking part in an unauthorised protest.", "174", "RUSGOV>GBRCVL", ""},
		{"Palestinian workers deported from Kuwait", "1991-08-12",
			"KUWAIT CITY (AP) - Hundreds of Palestinian workers were deported last week.", "174", "KWTGOV>PSECVL", ""},
		{"Mozambican migrants deported from Johannesburg", "2008-05-28",
			"JOHANNESBURG, South Africa (AP) - Fourteen Mozambican migrants were deported on Tuesday.", "174", "ZAFGOV>MOZCVL", ""},
		{"Syrian refugees deported by Turkey, perfect tense", "2019-07-24",
			"ANKARA, Turkey (AP) - Hundreds of Syrian refugees have been deported in recent weeks, rights groups said.", "174", "TURGOV>SYRREF", ""},
		{"a British journalist deported from Kenya", "2007-12-30",
			"NAIROBI, Kenya (AP) - A British journalist was deported on Saturday after writing about the election.", "174", "KENGOV>GBRMED", ""},
		// negative: a state exiles its own people itself
		{"neg: a dissident of the story's country is exiled by it", "1974-02-14",
			"MOSCOW (AP) - Dissident writer Alexander Solzhenitsyn was deported on Wednesday.", "174", "RUSGOV>RUSOPP", ""},
		{"neg: the land named after from still decides", "1983-01-20",
			"ACCRA, Ghana (AP) - Two Ghanaian traders were expelled from Nigeria last week.", "174", "NGAGOV>GHACVL", ""},
	})
}
