package pipeline

import "testing"

// TestRidersAsCrowd: people named by the vehicle they ride ("motorcyclists",
// "bikers", "cyclists") march, block roads and protest as crowds do: they
// are civilians, of the nationality before them or the story's country.
func TestRidersAsCrowd(t *testing.T) {
	testLexRows(t, []lexRow{
		{"motorcyclists protest", "1996-08-11", "Hundreds of Greek Cypriot motorcyclists rode to the ceasefire line to protest against Turkey's occupation of the north.", "14", "CYPCVL>TUR", ""},
		{"bikers block", "2019-03-04", "Angry Kenyan bikers blocked the highway outside Nairobi on Monday.", "14", "KENCVL>KENGOV", ""},
		{"cyclists march", "2015-06-20", "Thousands of Colombian cyclists marched through Bogota to demand safer roads.", "14", "COLCVL>COLGOV", ""},
		{"police beat motorcyclists", "2021-02-11", "Myanmar police beat motorcyclists who honked horns against the coup.", "17", "MMRCOP>MMRCVL", ""},
		{"a motorcycle is no actor", "2020-01-08", "Gunmen on a motorcycle shot dead a Pakistani policeman in Quetta.", "19", "UAF>PAKCOP", ""},
	})
}
