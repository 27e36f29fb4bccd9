package actor

import "testing"

// TestOfficeOfCountry pins "the president of Kenya" (a title, "of" and a
// country) as the holder of the office that day, as "Kenya's president"
// is, so that "the two leaders", "he" and "the president" later stand for
// that person; not a lesser office ("the vice president of Kenya"), nor
// a plural ("the presidents of"), nor one of a body of the country.
func TestOfficeOfCountry(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the two leaders after the president of and a possessive", "1995-03-02", []string{
			"The president of Kenya met Tanzania's president on Monday.",
			"The two leaders signed a border accord."},
			"two leaders=KENGOV/Daniel arap Moi; two leaders=TZAGOV/Ali Hassan Mwinyi", "heads of state"},
		{"both leaders after two offices of", "2003-06-20", []string{
			"The prime minister of India will meet the president of Pakistan next month.",
			"Both leaders hope to sign a trade pact."},
			"Both leaders=INDGOV/Atal Bihari Vajpayee; Both leaders=PAKGOV/Pervez Musharraf", "heads of state"},
		{"he after the president of as subject", "2005-05-17", []string{
			"The president of Uzbekistan flew to Moscow on Monday.",
			"He did not meet Russian officials."},
			"He=UZBGOV/Islam Karimov; Russian officials=RUSGOV/Russia", "first person named"},
		{"the office itself holds its holder", "1995-03-02", []string{
			"The president of Kenya criticized Uganda."},
			"president of Kenya=KENGOV/Daniel arap Moi; Uganda=UGA/Uganda", "office"},
		{"a lesser office of is not the holder", "1995-03-02", []string{
			"The vice president of Kenya visited Uganda."},
			"vice president of Kenya=KENGOV/Kenya; Uganda=UGA/Uganda", ""},
		{"the president of a body of the country is not the head", "1995-03-02", []string{
			"The president of the Kenyan Law Society criticized the police."},
			"president of the Kenyan Law Society=NGOKEN/Kenya; police=COP/police", ""},
	})
}
