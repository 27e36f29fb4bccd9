package pipeline

import "testing"

// TestLongerNameIsAnother: a known person's full name that goes on in a
// name no one known starts is another person's ("Zia ul-Haq Amarkhil", an
// Afghan election official, is not Pakistan's Zia ul-Haq; "Ali Abdullah
// Saleh Qarnaan" is no Yemeni president), while the full name alone is
// still the known person.
func TestLongerNameIsAnother(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Zia ul-Haq Amarkhil", "2014-07-08", "Zia ul-Haq Amarkhil accused Abdullah's camp of fraud in Kabul.", nil, []string{"PAKMIL", "PAKGOV"}},
		{"Zia ul-Haq himself", "1986-07-08", "Zia ul-Haq accused India of massing troops on the border.", []string{"PAKGOV"}, nil},
		{"Ali Abdullah Saleh and a surname more", "2019-03-01", "Ali Abdullah Saleh Qarnaan accused the Houthis of looting in Sanaa.", nil, []string{"YEMGOV"}},
	})
}
