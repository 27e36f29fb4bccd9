package actor

import "testing"

// TestNameAgeDescription: a person the knowledge lacks, named with their
// age set off by commas and then a title or a description ("Benjamin
// Briere, 37, a French tourist"), is read as the description says, also
// when a relative clause follows it; a number that is no age, or a name
// of one word, is not read so.
func TestNameAgeDescription(t *testing.T) {
	runStoryRows(t, []storyRow{
		{"age, then a description", "2022-05-20", []string{"Iran released Benjamin Briere, 37, a French tourist, on Friday."}, "Iran=IRN; Benjamin Briere=FRACVL"},
		{"age, description, relative clause", "2019-03-02", []string{"Police detained Samira Haddad, 29, a Lebanese activist who had criticised the banks."}, "Police=COP; Samira Haddad=LBNOPP; banks=BUS"},
		{"age, then a title", "2011-06-14", []string{"Gunmen killed Khalid Rahman, 54, the Iraqi defence minister, on Tuesday."}, "Gunmen=UAF; Khalid Rahman=IRQGOV"},
		{"age, then a people's journalist", "2016-09-10", []string{"The court jailed Tomas Novak, 41, a Czech journalist, for two years."}, "court=JUD; Tomas Novak=CZEMED"},
		{"not: a count, no age", "2016-09-10", []string{"The court jailed Tomas Novak, 1500, a Czech journalist, for two years."}, "court=JUD; Czech journalist=CZEMED"},
	})
}
