package pipeline

import "testing"

// TestShortWordNoSpellingOfAName pins a word of one or two letters as a
// spelling of a family name named before only as the name writes it:
// "On Tuesday" after Kim Jong Un is no Kim ("On" and "Un" share a phonetic
// key), so "the two leaders" after it are the two named, while "Hu" after
// Hu Jintao is he.
func TestShortWordNoSpellingOfAName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"On Tuesday after Kim, the two leaders", "2018-06-12", "Kim Jong Un met Donald Trump in Singapore. On Tuesday the two leaders signed a joint statement.", "057", "PRKGOV>USAGOV", ""},
		{"On Friday after Kim and Moon", "2018-04-27", "Kim Jong Un met Moon Jae-in at Panmunjom. On Friday the two leaders signed a declaration.", "057", "KORGOV>PRKGOV", ""},
		{"On Friday, each other", "2019-02-28", "Kim Jong Un met Donald Trump in Hanoi. On Thursday both leaders left without a deal. On Friday the two leaders blamed each other.", "112", "USAGOV>PRKGOV", ""},
		{"Hu after Hu Jintao is he", "2006-04-20", "Chinese President Hu Jintao met George W. Bush at the White House. Hu urged Washington to respect Taiwan's status.", "020", "CHNGOV>USAGOV", ""},
		{"On Thursday after Hu", "2008-03-20", "Chinese President Hu Jintao spoke by telephone with George W. Bush. On Thursday the two leaders agreed to resume talks.", "036", "CHNGOV>USAGOV", ""},
	})
}
