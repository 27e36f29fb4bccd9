package pipeline

import "testing"

// TestSecondActLexicon pins acts a coordinated second act often tells and
// no lexicon line read (issue 11 point 3): police searching a flat, an
// apartment or a residence (173, as a raid on it), questioning people by
// role (090), a leader decorating another's officers (051: an honour), an
// apology expected from another (100). The same words in other senses
// ("searched for survivors", "decorated the hall", "questioned the
// decision", "expected talks") and acts denied code nothing.
func TestSecondActLexicon(t *testing.T) {
	d := "2021-03-04"
	testRowsWith(t, newCoder(t), []lexRow{
		{"searched her flat, second act", d, "Russian police questioned the journalist and searched her flat on Tuesday.", "173", "RUSCOP>", ""},
		{"searched the apartment of", d, "Investigators searched the apartment of Belarusian opposition leader Maria Kolesnikova.", "173", "BLRGOV>BLROPP", ""},
		{"searched residences", d, "Turkish police detained 20 people and searched their residences in Ankara.", "173", "TURCOP>TURCVL", ""},
		{"apartment searched, passive", d, "The apartment of the Kenyan activist was searched by police on Friday.", "173", "KENCOP>KENOPP", ""},
		{"questioned signatories", d, "Czech police questioned dozens of signatories of the petition.", "090", "CZECOP>", ""},
		{"questioned colleagues", d, "Egyptian security forces questioned her colleagues in Cairo.", "090", "EGYMIL>EGY", ""},
		{"decorated officers", d, "The Egyptian president decorated three Sudanese officers on Monday.", "051", "EGYGOV>SDNCOP", ""},
		{"decorated soldiers, second act", d, "Putin visited the base and decorated Syrian soldiers.", "051", "RUSGOV>SYRMIL", ""},
		{"expected an apology", d, "Qatar expected a public apology from the Indian government.", "100", "QAT>INDGOV", ""},
		{"expects compensation, present", d, "Greece expects compensation from Germany, the minister said.", "100", "GRC>DEU", ""},
		{"guard searched for survivors", d, "Nepalese soldiers searched for survivors in the rubble.", "17", "", ""},
		{"guard decorated the hall", d, "Chinese workers decorated the hall with flags before the summit.", "051", "", ""},
		{"guard questioned the decision", d, "India questioned the decision of the Pakistani court.", "090", "", ""},
		{"guard expected talks", d, "Japan expected talks with South Korea next week.", "100", "", ""},
		{"guard did not expect an apology", d, "Brazil did not expect an apology from Argentina.", "100", "", ""},
		{"guard did not search", d, "Police in Nigeria did not search the offices of the newspaper.", "173", "", ""},
	}, true)
}
