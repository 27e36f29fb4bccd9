package pipeline

import "testing"

// TestNumberAsCrowd: a number alone as the subject of a crowd's act ("Some
// 5,000 stormed the ministry", "More than 10,000 marched") counts a crowd,
// as "thousands" does; a verb with no passive after the count ("marched",
// "rallied", "protested") is the count's own act, not a participle on it.
// Not a number of whom an "of" tells, nor one in a name.
func TestNumberAsCrowd(t *testing.T) {
	testLexRows(t, []lexRow{
		{"some 5,000 stormed", "2003-04-11", "Some 5,000 stormed the Iraqi foreign ministry in Baghdad.", "14", "IRQCVL>IRQGOV", ""},
		{"about 5,000 rallied", "2008-01-05", "About 5,000 rallied in Nairobi against the Kenyan government.", "14", "KENCVL>KENGOV", ""},
		{"more than 10,000 marched", "2007-11-04", "More than 10,000 marched through Tbilisi on Sunday to demand the Georgian president's resignation.", "14", "GEOCVL>GEOGOV", ""},
		{"300 protested outside", "1989-06-06", "In Washington, 300 protested outside the Chinese embassy.", "14", "USACVL>CHNGOV", ""},
		{"three of the soldiers", "2008-03-02", "Three of the soldiers stormed the Kenyan parliament.", "14", "", ""},
		{"a resolution's number", "1988-07-18", "Iran accepted Security Council Resolution 598, which calls for a ceasefire in the war with Iraq.", "02", "", ""},
		{"three died", "2008-03-02", "Three died and 12 were wounded when Kenyan police fired on the crowd.", "175", "KENCOP>KENCVL", ""},
	})
}
