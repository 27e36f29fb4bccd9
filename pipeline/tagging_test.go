package pipeline

import "testing"

// TestTaggingInContext holds families of sentences whose events hang on
// one tagging decision the syntax stage makes from context.
func TestTaggingInContext(t *testing.T) {
	testLexRows(t, []lexRow{
		// a participle between a count and its noun belongs to the noun
		// phrase ("two suspected robbers"), so the phrase is the object
		{name: "two suspected robbers", date: "2020-02-01", text: "Police shot dead two suspected robbers in Lagos on Friday.", code: "19", want: "NGACOP>NGACRM"},
		{name: "three wounded soldiers", date: "2012-11-21", text: "Rebels freed three wounded soldiers near Goma.", code: "0841", want: "CODREB>CODMIL"},
		{name: "two detained sailors", date: "2019-09-05", text: "Iran released two detained British sailors on Friday.", code: "0841", want: "IRN>GBR"},
		{name: "five looters", date: "2010-01-20", text: "Soldiers shot five looters in Port-au-Prince on Tuesday.", code: "175", want: "HTIMIL>HTICVL"}, // looters are a crowd: forces that shoot them repress it (TestLooters)
		// a noun that may be a verb, before an auxiliary, is the subject's
		// head in reported speech: "said party figures had been detained"
		{name: "figures had been detained", date: "2015-06-01", text: "An aide reported that Evo Morales and several leading party officials had been detained at a rally.", code: "173", want: "BOLCOP>BOLGOV"}, // in 2015 he still held office,
		{name: "figures were arrested", date: "2020-08-10", text: "Officials said opposition figures were arrested in Minsk.", code: "173", want: "BLRCOP>BLROPP"},
		{name: "forces would withdraw", date: "2019-10-13", text: "Officials said Turkish army forces would withdraw from the border zone.", code: "087", want: ""},
		{name: "attacks in a condition stay a verb", date: "2019-06-01", text: "If Iran attacks, Israel will respond.", code: "19", want: ""},
		// an unnamed capitalised modifier before agent words stays in their
		// phrase: "seven Corsican separatist leaders"
		{name: "Basque separatist leaders", date: "2008-05-20", text: "Police detained three Basque separatist leaders in Bilbao.", code: "173", want: "ESPCOP>ESPREB"},
		{name: "Corsican separatist leaders", date: "2019-10-14", text: "An appeals court in Paris found seven Corsican separatist leaders guilty of terrorism.", code: "116", want: "FRAJUD>FRAREB"},
		// a noun that may be a gerund, after a noun and before a comma or a
		// preposition, ends a compound noun: "the border crossing,"
		{name: "border crossing, delivering", date: "2023-10-21", text: "Thirty trucks from the Turkish Red Crescent passed through the Idlib border crossing, delivering food.", code: "073", want: "NGOTUR>SYRCVL"},
		{name: "road crossing into", date: "2022-03-05", text: "UN trucks reached the Bab al-Hawa border crossing on Friday, delivering food aid to Idlib.", code: "07", want: "IGOUNO>SYRCVL"}, // food aid is 073, which falls on the people
		// after a verb that times an act (begin, resume, stop), a word that
		// may be a gerund is the act: "began collecting signatures"
		{name: "resumed shelling", date: "2015-02-10", text: "Rebels resumed shelling Donetsk airport on Tuesday.", code: "19", want: "UKRREB>UKR"},
		{name: "continued fighting", date: "2013-05-02", text: "The Syrian army continued fighting the rebels near Qusayr.", code: "19", want: "SYRMIL>SYRREB"},
		{name: "began collecting signatures", date: "2016-04-04", text: "The Venezuelan opposition began collecting signatures for a recall referendum on Monday.", code: "140", want: "VENOPP>VENGOV"},
		{name: "fired tear gas stays a noun", date: "2019-06-12", text: "Police fired tear gas at protesters in Hong Kong.", code: "175", want: "HKGCOP>HKGOPP"},
	})
}

// TestPetitions: a petition drive (collecting or gathering signatures,
// launching, signing or handing in a petition) is political dissent (140).
func TestPetitions(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "gathered signatures against", date: "2019-05-30", text: "Activists in Hong Kong gathered 100,000 signatures against the extradition bill.", code: "140", want: "HKGOPP>HKGGOV"},
		{name: "handed in a petition to", date: "2020-12-08", text: "Farmers handed in a petition to the Indian parliament on Tuesday.", code: "140", want: "INDCVL>INDLEG"},
		{name: "launched a petition", date: "2021-03-01", text: "Students in Lagos launched a petition against the new law.", code: "140", want: "NGACVL>NGAGOV"},
		{name: "collected signatures", date: "2016-04-27", text: "The Venezuelan opposition collected 1.8 million signatures.", code: "140", want: "VENOPP>VENGOV"},
		{name: "signatures on a treaty are no petition", date: "2019-06-01", text: "The two ministers added their signatures to the treaty.", code: "140", want: ""},
	})
}
