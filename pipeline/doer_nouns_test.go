package pipeline

import "testing"

// TestDoerNouns holds people named by how they travel, trade, work or
// follow a team as the doers of what crowds do: they block roads, clash
// and march as civilians of the country their sentence or story gives;
// guards: the same nouns waiting, selling or putting out a fire do
// nothing of the kind, and arrested they are its target.
func TestDoerNouns(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"commuters block a highway", d, "Angry commuters blocked a highway outside Lagos on Monday to protest against fuel price rises.", "14", "NGACVL>NGAGOV", ""},
		{"motorists block roads", d, "Motorists blocked roads in Harare on Tuesday to protest against fuel shortages.", "14", "ZWECVL>ZWEGOV", ""},
		{"hawkers clash with police", d, "Street hawkers clashed with police in Dhaka on Sunday.", "19", "BGDCVL>BGDCOP", ""},
		{"football fans attack police", d, "Football fans attacked police after the match in Cairo.", "19", "EGYCVL>EGYCOP", ""},
		{"firefighters march on parliament", d, "Firefighters marched on parliament in Paris on Tuesday demanding higher pay.", "14", "FRACVL>FRALEG", ""},
		{"lecturers strike, the dateline's", "2022-02-14", "Universities shut\n\nABUJA, Nigeria —\n\nLecturers went on strike at public universities on Monday, demanding that the government honour a 2009 agreement.", "14", "NGACVL>NGAGOV", ""},
		{"clansmen attack a police station", d, "Clansmen attacked a police station in central Somalia on Sunday.", "19", "SOMCVL>SOMCOP", ""},
		{"guard: commuters wait", d, "Commuters waited for hours at the station in Lagos on Monday.", "14", "", ""},
		{"guard: hawkers sell flags", d, "Hawkers sold flags outside the stadium in Accra.", "14", "", ""},
		{"guard: firefighters put out a fire", d, "The fire was put out by firefighters in Paris.", "19", "", ""},
		{"guard: football fans arrested", d, "Police arrested 20 football fans in Cairo on Sunday.", "17", "EGYCOP>EGYCVL", ""},
	})
}
