package pipeline

import "testing"

// TestArmedGroupWordsFoe: words of an armed group outside the state (a
// rebel movement, its spokesman) that name no one are aimed at the foreign
// state the story paired the group itself with; not at a state the story
// paired only the group's country with.
func TestArmedGroupWordsFoe(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Hamas threatens Israel after strikes", "2014-07-08", "GAZA CITY, Gaza Strip — Israeli warplanes bombed Hamas training camps in Khan Younis on Tuesday. Hospitals were overwhelmed. A Hamas spokesman, Sami Abu Zuhri, vowed that the movement would avenge the dead.", "13", "PSEREB>ISRGOV", ""},
		{"Taliban threaten the United States", "2019-09-08", "KABUL, Afghanistan — American drones struck Taliban hideouts in Helmand province overnight. Dozens of fighters were killed. A Taliban spokesman, Zabihullah Mujahid, vowed that the group would avenge the killings.", "13", "AFGREB>USAGOV", ""},
		{"Hezbollah threatens after a raid, two sentences on", "2006-07-14", "BEIRUT, Lebanon — Israeli jets bombed Hezbollah positions in southern Lebanon on Friday. The bridges on the coastal road were cut. Power failed across the south. Hezbollah leader Hassan Nasrallah vowed that his fighters would avenge the raid.", "13", "LBNRAD>ISRGOV", ""},
		{"the group acted first", "2015-05-02", "SANAA, Yemen — Houthi rebels fired missiles at Saudi Arabia on Saturday. Residents fled the border towns. A Houthi spokesman vowed that the movement would avenge the dead.", "13", "YEMREB>SAUGOV", ""},
		{"not: only the group's country was struck", "2014-07-08", "GAZA CITY, Gaza Strip — Israeli warplanes bombed Gaza on Tuesday. Hospitals were overwhelmed. A Hamas spokesman, Sami Abu Zuhri, vowed that the movement would avenge the dead.", "13", "PSEREB>", ""},
	})
}
